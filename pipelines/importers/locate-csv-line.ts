import { createReadStream } from "node:fs";

/**
 * Where a record is, counted the way people count: the 1-based physical line in the file, header = 1.
 * - `dataRow`: 0-based index of a data record, as DuckDB numbers rows (blank lines skipped).
 * - `duckdbLine`: the line number DuckDB reports for a rejected record (blank lines counted, but a quoted
 *   value spanning several lines counted once).
 * Only used on the error path, so a plain byte scan is fast enough even for the England-scale file.
 */
export type CsvRecordTarget = { dataRow: number } | { duckdbLine: number };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

export async function locateCsvLine(path: string, target: CsvRecordTarget): Promise<number | undefined> {
  let physicalLine = 1;
  let duckdbLine = 1;
  let records = 0;
  let atRecordStart = true;
  let inQuotes = false;
  let first = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3;
    first = false;
    for (let index = start; index < chunk.length; index++) {
      const byte = chunk[index];
      if (atRecordStart) {
        if (byte === CARRIAGE_RETURN) continue;
        if (byte === NEWLINE) {
          physicalLine++;
          duckdbLine++;
          continue;
        }
        if ("duckdbLine" in target && target.duckdbLine === duckdbLine) return physicalLine;
        if ("dataRow" in target && target.dataRow === records - 1) return physicalLine;
        records++;
        atRecordStart = false;
      }
      if (byte === QUOTE) inQuotes = !inQuotes;
      else if (byte === NEWLINE) {
        physicalLine++;
        if (!inQuotes) {
          atRecordStart = true;
          duckdbLine++;
        }
      }
    }
  }
  return undefined;
}
