import { BUILD_STAGES, type BuildProgress } from "../build-progress.ts";

const BAR_WIDTH = 20;

const seconds = (milliseconds: number) =>
  milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(1)} s`;

/**
 * Progress on a stream: on a terminal, a bar redrawn in place plus a ✓ line per finished stage; elsewhere
 * (CI logs, pipes) one plain line per stage, so logs stay readable.
 */
export function terminalProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): BuildProgress {
  const position = (stage: (typeof BUILD_STAGES)[number]) => BUILD_STAGES.indexOf(stage) + 1;
  if (stream.isTTY !== true) {
    return {
      started() {},
      finished(stage, summary, milliseconds) {
        stream.write(
          `[${position(stage)}/${BUILD_STAGES.length}] ${stage}: ${summary} (${seconds(milliseconds)})\n`,
        );
      },
    };
  }
  return {
    started(stage, detail) {
      const done = position(stage) - 1;
      const filled = Math.round((done / BUILD_STAGES.length) * BAR_WIDTH);
      const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
      stream.write(`\r\x1b[2K${bar} ${done}/${BUILD_STAGES.length} ${stage}: ${detail}`);
    },
    finished(stage, summary, milliseconds) {
      stream.write(`\r\x1b[2K✓ ${stage.padEnd(10)} ${summary} (${seconds(milliseconds)})\n`);
    },
  };
}
