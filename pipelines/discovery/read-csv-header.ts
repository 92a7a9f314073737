import { open } from "node:fs/promises";

export type CsvHeader =
  | { status: "header"; fields: string[] }
  | { status: "empty" }
  | { status: "not-text"; reason: string };

/** Enough for any real header line; the official IoD File 7 header is about 3 KB. */
const HEADER_BYTES = 64 * 1024;

/**
 * Reads the first line of a file as CSV headings. A UTF-8 byte order mark (Excel's "CSV UTF-8") and CRLF
 * line ends are removed here so that recognition never depends on them.
 */
export async function readCsvHeader(path: string): Promise<CsvHeader> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if (
      bytes.length >= 2 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    ) {
      return { status: "not-text", reason: "UTF-16 text (Excel 'Unicode Text'); save it as 'CSV UTF-8'" };
    }
    if (bytes.includes(0)) return { status: "not-text", reason: "binary file, not CSV text" };
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    const firstLine = firstCsvRecord(text);
    if (firstLine.trim() === "") return { status: "empty" };
    return { status: "header", fields: splitCsvRecord(firstLine) };
  } finally {
    await handle.close();
  }
}

/** The first record of CSV text: up to the first line end outside quotes. */
function firstCsvRecord(text: string): string {
  let inQuotes = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === "\n" || char === "\r")) return text.slice(0, index);
  }
  return text;
}

/** RFC 4180 fields of one record: quoted fields may hold commas, doubled quotes are one quote. */
export function splitCsvRecord(record: string): string[] {
  const fields: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let index = 0; index < record.length; index++) {
    const char = record[index];
    if (inQuotes) {
      if (char === '"' && record[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"') inQuotes = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}
