import { PipelineInputError } from "../pipeline-input-error.ts";
import { locateCsvLine } from "./locate-csv-line.ts";

/**
 * DuckDB's messages name its own options ("strict_mode", "null_padding") and count lines its own way, so
 * none is shown as it stands: each is turned into a PipelineInputError saying, in the file's terms, what is
 * wrong and how to fix it.
 */
export async function translateDuckdbError(error: unknown, file: string): Promise<PipelineInputError> {
  if (error instanceof PipelineInputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const lineMatch = /Line: (\d+)/.exec(message);
  const line = lineMatch ? await locateCsvLine(file, { duckdbLine: Number(lineMatch[1]) }) : undefined;
  if (/not utf-8|invalid unicode/i.test(message)) return encodingError(file, line);
  if (/No such file|not found|cannot open/i.test(message)) {
    return new PipelineInputError({
      file,
      expected: "a readable file",
      found: "a file that could not be opened",
      fix: "check that the file exists and is readable, then run the pipeline again",
    });
  }
  const cause = message.split("\n")[0]?.replace(/^[A-Za-z ]*Error: /, "") ?? "an unreadable file";
  return new PipelineInputError({
    file,
    line,
    expected: "a comma-separated CSV file with one header line",
    found: `something the CSV reader could not read (${cause})`,
    fix: "open the file in a text editor at that line and check its commas and quotes, or export it again as 'CSV UTF-8'",
  });
}

export function encodingError(file: string, line: number | undefined, column?: string): PipelineInputError {
  return new PipelineInputError({
    file,
    line,
    column,
    expected: "UTF-8 text",
    found: "bytes that are not UTF-8 (often a £ or an accented letter saved as Windows-1252)",
    fix: "save the file as 'CSV UTF-8' in Excel, or convert it with `iconv -f windows-1252 -t utf-8`",
  });
}
