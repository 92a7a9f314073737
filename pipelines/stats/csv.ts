/**
 * A small RFC 4180 CSV reader and writer. The reader accepts CRLF or LF line ends, a UTF-8 byte-order mark,
 * quoted fields with doubled quotes and embedded line breaks, and records each row's 1-based physical line
 * (the header is line 1) so errors can point at the line a person sees in their editor. Blank lines are
 * skipped. The writer quotes only the fields that need it and ends every record with CRLF, as RFC 4180 says.
 */
export interface CsvRow {
  /** Physical line on which the record starts (header = 1). */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;

  constructor(line: number, problem: string) {
    super(problem);
    this.name = "CsvSyntaxError";
    this.line = line;
  }
}

function parseRecords(text: string): CsvRow[] {
  const records: CsvRow[] = [];
  let line = 1;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (position < text.length) {
    const startLine = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let field = "";
      if (text[position] === '"') {
        const quoteLine = line;
        position++;
        for (;;) {
          const next = text.indexOf('"', position);
          if (next === -1) throw new CsvSyntaxError(quoteLine, "a quoted field is never closed");
          const chunk = text.slice(position, next);
          line += chunk.split("\n").length - 1;
          field += chunk;
          if (text[next + 1] === '"') {
            field += '"';
            position = next + 2;
          } else {
            position = next + 1;
            break;
          }
        }
        const after = text[position];
        if (after !== undefined && after !== "," && after !== "\n" && after !== "\r") {
          throw new CsvSyntaxError(
            line,
            "a closing quote must be followed by a comma or the end of the line",
          );
        }
      } else {
        let end = position;
        while (end < text.length && text[end] !== "," && text[end] !== "\n" && text[end] !== "\r") end++;
        field = text.slice(position, end);
        if (field.includes('"')) {
          throw new CsvSyntaxError(
            line,
            'a field containing " must be enclosed in double quotes, with each " doubled',
          );
        }
        position = end;
      }
      fields.push(field);
      const separator = text[position];
      if (separator === ",") {
        position++;
      } else {
        endOfRecord = true;
        if (separator === "\r") position++;
        if (text[position] === "\n") position++;
        if (separator !== undefined) line++;
      }
    }
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: startLine, fields });
  }
  return records;
}

/** Parses CSV text; the first non-blank record is the header. */
export function parseCsv(text: string): CsvTable {
  const [header, ...rows] = parseRecords(text);
  if (header === undefined) throw new CsvSyntaxError(1, "the file is empty: a header line is needed");
  return { header: header.fields, rows };
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** CSV text for a header and rows of already-formatted fields. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((fields) => `${fields.map(quote).join(",")}\r\n`).join("");
}
