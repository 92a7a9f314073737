import { readFileSync } from "node:fs";
import { PipelineInputError } from "../../pipeline-input-error.ts";
import { type CsvRow, CsvSyntaxError, parseCsv } from "../csv.ts";

/**
 * A CSV input with typed, checked access to its cells. Every problem becomes a PipelineInputError naming the
 * file, the 1-based line (header = 1), the column, what was expected and how to fix it.
 */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export interface NumberRule {
  /** Lowest allowed value (inclusive), e.g. 0 for counts. */
  readonly min?: number;
  /** Whether the value must be strictly above `min` (denominators, populations). */
  readonly aboveMin?: boolean;
  /** What the number is, for messages: "a count", "a population". */
  readonly describe: string;
}

export class InputTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];

  private constructor(file: string, header: readonly string[], rows: readonly CsvRow[]) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  static read(file: string): InputTable {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new PipelineInputError({
        file,
        expected: "a readable CSV file",
        found:
          code === "ENOENT"
            ? "no such file"
            : code === "EISDIR"
              ? "a folder"
              : `an unreadable file (${code})`,
        fix: "check the --input path",
      });
    }
    let table: ReturnType<typeof parseCsv>;
    try {
      table = parseCsv(text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      throw new PipelineInputError({
        file,
        line: error.line,
        expected: "valid CSV",
        found: error.message,
        fix: "save the file as CSV (comma-separated, UTF-8) from your spreadsheet",
      });
    }
    const header = table.header.map((column) => column.trim());
    for (const row of table.rows) {
      if (row.fields.length !== header.length) {
        throw new PipelineInputError({
          file,
          line: row.line,
          expected: `${header.length} fields as in the header`,
          found: `${row.fields.length}`,
          fix: "quote any field that contains a comma, and give every row the header's columns",
        });
      }
    }
    return new InputTable(file, header, table.rows);
  }

  has(column: string): boolean {
    return this.header.includes(column);
  }

  /** Fails on the first column of `columns` that the header lacks. */
  requireColumns(columns: readonly string[], purpose: string): void {
    for (const column of columns) {
      if (!this.has(column)) {
        throw new PipelineInputError({
          file: this.file,
          line: 1,
          column,
          expected: `a column headed "${column}" (${purpose})`,
          found: `the columns ${this.header.map((name) => `"${name}"`).join(", ")}`,
          fix: `add or rename a column to "${column}"; run with --help for the columns each method reads`,
        });
      }
    }
  }

  /** Fails when an output column would overwrite an input column of the same name. */
  refuseColumns(columns: readonly string[]): void {
    for (const column of columns) {
      if (this.has(column)) {
        throw new PipelineInputError({
          file: this.file,
          line: 1,
          column,
          expected: `no column headed "${column}", as the output adds one`,
          found: "one",
          fix: `rename or remove the input column "${column}"`,
        });
      }
    }
  }

  text(row: CsvRow, column: string): string {
    return (row.fields[this.header.indexOf(column)] ?? "").trim();
  }

  /** The cell as a number, or undefined when it is blank. */
  number(row: CsvRow, column: string, rule: NumberRule): number | undefined {
    const text = this.text(row, column);
    if (text === "") return undefined;
    const min = rule.min ?? Number.NEGATIVE_INFINITY;
    const bound = rule.min === undefined ? "" : rule.aboveMin ? ` above ${min}` : ` of ${min} or more`;
    const expected = `${rule.describe} (a number${bound})`;
    if (!NUMBER.test(text)) {
      throw this.problem(
        row,
        column,
        expected,
        `"${text}"`,
        "write plain numbers, without thousands separators or text",
      );
    }
    const value = Number(text);
    if (!Number.isFinite(value) || value < min || (rule.aboveMin === true && value === min)) {
      throw this.problem(row, column, expected, text, "correct the value, or remove the row");
    }
    return value;
  }

  /** As number(), but a blank is an error. */
  requiredNumber(row: CsvRow, column: string, rule: NumberRule): number {
    const value = this.number(row, column, rule);
    if (value === undefined)
      throw this.problem(row, column, `${rule.describe} (a number)`, "a blank", "fill in the value");
    return value;
  }

  problem(row: CsvRow, column: string, expected: string, found: string, fix: string): PipelineInputError {
    return new PipelineInputError({ file: this.file, line: row.line, column, expected, found, fix });
  }
}
