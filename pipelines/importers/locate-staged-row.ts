import type { RecognisedInput } from "./importer.ts";
import { inputPath } from "./input-path.ts";
import { locateCsvLine } from "./locate-csv-line.ts";

/**
 * Where a staged CSV row came from, for a PipelineInputError: its file, its physical line, and the file's
 * own heading of the first of `columns` (canonical names) it has, else `fallback`.
 */
export async function locateStagedRow(
  inputs: readonly RecognisedInput[],
  row: Record<string, unknown>,
  columns: readonly string[],
  fallback: string,
): Promise<{ file: string; line: number | undefined; column: string }> {
  const input = inputs.find((candidate) => candidate.fileId === Number(row.source_file));
  const file = inputPath(inputs, row.source_file);
  const position = columns.map((name) => input?.columns.get(name)).find((found) => found !== undefined);
  return {
    file,
    line: await locateCsvLine(file, { dataRow: Number(row.source_row) }),
    column: (position === undefined ? undefined : input?.header[position]) ?? fallback,
  };
}
