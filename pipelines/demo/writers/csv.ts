import { BufferedFile } from "./buffered-file.ts";

/** What a writer reports about one file it wrote. */
export interface WrittenFile {
  readonly file: string;
  /** Data rows (CSV) or features (GeoJSON), not counting the header. */
  readonly rows: number;
  readonly bytes: number;
}

export type CsvRow = readonly string[];

/** RFC 4180 quoting: only fields with a comma, quote or line break are quoted, as the publishers do. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** NHS Digital, Fingertips and MHCLG publish CSV with Windows line endings; Nomis and our own files use "\n". */
export type LineEnding = "\r\n" | "\n";

export function csvLine(cells: CsvRow, lineEnding: LineEnding = "\n"): string {
  return `${cells.map(csvField).join(",")}${lineEnding}`;
}

/**
 * Streams a CSV file: the header, then whatever rows `fill` emits. Cells are strings already formatted
 * (see number-format.ts), so no number ever reaches the file through locale- or engine-dependent
 * conversion. Every row must have as many cells as the header.
 */
export function writeCsv(
  path: string,
  file: string,
  header: CsvRow,
  fill: (emit: (row: CsvRow) => void) => void,
  lineEnding: LineEnding = "\n",
): WrittenFile {
  const out = new BufferedFile(path);
  let rows = 0;
  let bytes = 0;
  try {
    out.write(csvLine(header, lineEnding));
    fill((row) => {
      if (row.length !== header.length) {
        throw new Error(`${file}: row ${rows + 1} has ${row.length} cells, the header has ${header.length}`);
      }
      out.write(csvLine(row, lineEnding));
      rows += 1;
    });
  } finally {
    bytes = out.close();
  }
  return { file, rows, bytes };
}
