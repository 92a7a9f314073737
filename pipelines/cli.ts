import { build } from "./build.ts";
import { formatBuildReport } from "./cli/format-build-report.ts";
import { CLI_USAGE, parseCliArgs } from "./cli/parse-cli-args.ts";
import { terminalProgress } from "./cli/terminal-progress.ts";
import { readCurrentBuild } from "./output/current-build-pointer.ts";
import { PipelineInputError } from "./pipeline-input-error.ts";

/**
 * `npm run pipeline -- --input <dir> --out <dir>`. Progress goes to stderr, the report to stdout. Input
 * problems print as one message (file, line, column, expected, fix) with no stack trace; set
 * PIPELINE_DEBUG=1 to see stacks of unexpected failures.
 */
async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${CLI_USAGE}\n`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  try {
    const result = await build({
      inputs: args.inputs,
      outDir: args.out,
      progress: terminalProgress(process.stderr),
    });
    process.stdout.write(`${formatBuildReport(result)}\n`);
    return 0;
  } catch (error) {
    const previous = await readCurrentBuild(args.out).catch(() => null);
    const kept =
      previous === null ? "No build was published." : `The current build, ${previous.version}, is unchanged.`;
    if (error instanceof PipelineInputError) {
      process.stderr.write(
        `\n✗ The build stopped on a problem in an input file.\n${error.message}\n${kept}\n`,
      );
    } else {
      const detail =
        process.env.PIPELINE_DEBUG === "1" && error instanceof Error
          ? (error.stack ?? error.message)
          : String((error as Error)?.message ?? error);
      process.stderr.write(`\n✗ The build failed: ${detail}\n${kept}\n`);
    }
    return 1;
  }
}

// Not a top-level await: scripts/pipeline.mjs compiles this file to CommonJS, which has none.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
