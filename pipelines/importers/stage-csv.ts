import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { RecognisedInput } from "./importer.ts";
import { locateCsvLine } from "./locate-csv-line.ts";
import { sqlLiteral } from "./sql-literal.ts";
import { encodingError, translateDuckdbError } from "./translate-duckdb-error.ts";

let stagedFiles = 0;

/**
 * Reads a CSV file into a temporary DuckDB table of VARCHAR columns named canonically, one row per record
 * in file order (so rowid is the 0-based data row). Nothing is cast here: types are checked afterwards by
 * the importer's rules, which can say which row and which value is wrong.
 *
 * The reader's options are all given (no sniffing): sniffing is slower and can guess wrong on a file whose
 * first rows are unusual. `store_rejects` collects malformed rows instead of aborting, so the first one can
 * be reported with its line.
 */
export async function stageCsv(
  db: DuckDBConnection,
  input: RecognisedInput,
): Promise<{ table: string; rows: number }> {
  stagedFiles++;
  const table = `staged_${stagedFiles}`;
  const names = input.header.map((_, position) => `c${position}`);
  for (const [name, position] of input.columns) names[position] = name;
  const columns = `{${names.map((name) => `${sqlLiteral(name)}: 'VARCHAR'`).join(", ")}}`;
  const selected = [...input.columns.keys()].join(", ") || "*";
  try {
    await db.run(`
      CREATE TEMP TABLE ${table} AS
      SELECT ${selected} FROM read_csv(${sqlLiteral(input.path)},
        header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${columns},
        store_rejects = true, rejects_table = '${table}_rejects', rejects_scan = '${table}_scan')`);
  } catch (error) {
    throw await translateDuckdbError(error, input.path);
  }
  await reportFirstReject(db, `${table}_rejects`, input);
  await db.run(`DROP TABLE ${table}_rejects; DROP TABLE ${table}_scan`);
  const count = await db.runAndReadAll(`SELECT count(*) AS n FROM ${table}`);
  const rows = Number(count.getRowObjectsJS()[0]?.n ?? 0);
  if (rows === 0) {
    throw new PipelineInputError({
      file: input.path,
      line: 2,
      expected: "at least one data row below the header",
      found: "a header and no data",
      fix: "download or export the file again: it looks cut short",
    });
  }
  return { table, rows };
}

async function reportFirstReject(
  db: DuckDBConnection,
  rejects: string,
  input: RecognisedInput,
): Promise<void> {
  const result = await db.runAndReadAll(
    `SELECT line, column_idx, error_type, error_message FROM ${rejects} ORDER BY line LIMIT 1`,
  );
  const reject = result.getRowObjectsJS()[0];
  if (reject === undefined) return;
  const line = await locateCsvLine(input.path, { duckdbLine: Number(reject.line) });
  const column = input.header[Number(reject.column_idx) - 1];
  const type = String(reject.error_type);
  const message = String(reject.error_message);
  if (type === "INVALID ENCODING") throw encodingError(input.path, line, column);
  const found = /Found: (\d+)/.exec(message)?.[1];
  if (type === "TOO MANY COLUMNS" || type === "MISSING COLUMNS") {
    throw new PipelineInputError({
      file: input.path,
      line,
      expected: `${input.header.length} comma-separated values, as in the header`,
      found: `${found ?? "a different number of"} values`,
      fix: "a value that contains a comma must be in double quotes; look for a stray or missing comma on this line",
    });
  }
  if (type === "UNQUOTED VALUE") {
    throw new PipelineInputError({
      file: input.path,
      line,
      column,
      expected: "a quoted value that ends with a closing double quote",
      found: "a double quote that is never closed, or one inside an unquoted value",
      fix: 'put the whole value in double quotes and double any quote inside it ("")',
    });
  }
  throw new PipelineInputError({
    file: input.path,
    line,
    column,
    expected: "a well-formed CSV line",
    found:
      type === "LINE SIZE OVER MAXIMUM"
        ? "a line longer than 2 MB"
        : `a malformed line (${type.toLowerCase()})`,
    fix: "open the file in a text editor at that line and check its commas and quotes",
  });
}
