import type { DuckDBConnection } from "@duckdb/node-api";
import type { RecognisedInput } from "./importer.ts";

/**
 * For staging tables fed by more than one layout (Census tables in Nomis or tidy form, IMD deciles from
 * File 7 or the long deciles file): each file's path and the heading that holds each canonical column, so
 * a check over all of them can name the file, line and column at fault whichever layout it came in.
 */
export async function createSourceFilesTable(db: DuckDBConnection): Promise<void> {
  await db.run(
    "CREATE TABLE IF NOT EXISTS source_files (source_file INTEGER, path VARCHAR, column_name VARCHAR, heading VARCHAR)",
  );
}

/** Records a file; `headings` maps a canonical column (or category) → the heading in the file holding it. */
export async function recordSourceFile(
  db: DuckDBConnection,
  input: RecognisedInput,
  headings: ReadonlyMap<string, string>,
): Promise<void> {
  await db.run("INSERT INTO source_files VALUES ($1, $2, NULL, NULL)", [input.fileId, input.path]);
  for (const [column, heading] of headings) {
    await db.run("INSERT INTO source_files VALUES ($1, $2, $3, $4)", [
      input.fileId,
      input.path,
      column,
      heading,
    ]);
  }
}

/** The recorded files as inputs (path and id only), for findDuplicateKey. */
export async function recordedInputs(db: DuckDBConnection): Promise<RecognisedInput[]> {
  const rows = (
    await db.runAndReadAll("SELECT DISTINCT source_file, path FROM source_files ORDER BY 1")
  ).getRowObjectsJS();
  return rows.map((row) => ({
    fileId: Number(row.source_file),
    path: String(row.path),
    header: [],
    columns: new Map(),
  }));
}

/**
 * SQL for the path of `fileIdSql`'s file, and for the heading of one of its columns (NULL if unknown).
 * Qualify `fileIdSql` with its table's alias (`p.source_file`): a bare `source_file` would name
 * source_files' own column inside the subquery.
 */
export const pathSql = (fileIdSql: string) =>
  `(SELECT any_value(path) FROM source_files WHERE source_file = ${fileIdSql})`;
export const headingSql = (fileIdSql: string, columnSql: string) =>
  `(SELECT any_value(heading) FROM source_files WHERE source_file = ${fileIdSql} AND column_name = ${columnSql})`;
