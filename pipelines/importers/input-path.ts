import type { RecognisedInput } from "./importer.ts";

/** The path of the input a staging table's `source_file` id names, for messages; the id itself if none does. */
export function inputPath(inputs: readonly RecognisedInput[], fileId: unknown): string {
  return inputs.find((input) => input.fileId === Number(fileId))?.path ?? String(fileId);
}
