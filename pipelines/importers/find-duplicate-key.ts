import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { RecognisedInput } from "./importer.ts";
import { inputPath } from "./input-path.ts";
import { locateCsvLine } from "./locate-csv-line.ts";

export type DuplicateKeyCheck = {
  /** A typed staging table with `source_file` (the input's fileId) and `source_row` (its 0-based data row). */
  table: string;
  /** Key columns of the typed table. */
  key: readonly string[];
  /** The key as headed in the official layout, for the message: "PRACTICE_CODE + LSOA_CODE + SEX". */
  keyLabel: string;
  /** What one row per key means, for the message: "one row per practice, LSOA and sex". */
  expected: string;
};

/**
 * Fails on the first key found twice, within a file or across two files of the same kind, naming both
 * places. The normal case, every key unique, is settled by counting distinct 64-bit hashes of the key
 * (cheaper than grouping by several text columns): as many hashes as rows means no key repeats. Only when
 * hashes repeat (a duplicate, or very rarely two keys with one hash) does the exact grouping run.
 */
export async function findDuplicateKey(
  db: DuckDBConnection,
  inputs: readonly RecognisedInput[],
  check: DuplicateKeyCheck,
): Promise<void> {
  const key = check.key.join(", ");
  const repeatedHashes = (
    await db.runAndReadAll(`SELECT count(*) - count(DISTINCT hash(${key})) FROM ${check.table}`)
  ).getRowsJS()[0]?.[0];
  if (Number(repeatedHashes ?? 0) === 0) return;
  const duplicate = (
    await db.runAndReadAll(`
      SELECT ${check.key.map((column) => `CAST(${column} AS VARCHAR) AS ${column}`).join(", ")}
      FROM (
        SELECT ${key} FROM ${check.table} GROUP BY ALL HAVING count(*) > 1
        ORDER BY min(source_file), min(source_row) LIMIT 1
      )`)
  ).getRowObjectsJS()[0];
  if (duplicate === undefined) return;
  const matches = check.key
    .map((column, index) => `CAST(${column} AS VARCHAR) IS NOT DISTINCT FROM $${index + 1}`)
    .join(" AND ");
  const values = check.key.map((column) => (duplicate[column] ?? null) as string | null);
  const [first, second] = (
    await db.runAndReadAll(
      `SELECT source_file, source_row FROM ${check.table} WHERE ${matches} ORDER BY source_file, source_row LIMIT 2`,
      values,
    )
  ).getRowObjectsJS();
  if (first === undefined || second === undefined) return;
  const firstFile = inputPath(inputs, first.source_file);
  const secondFile = inputPath(inputs, second.source_file);
  const firstLine = await locateCsvLine(firstFile, { dataRow: Number(first.source_row) });
  const keyText = check.key.map((column) => `${column} ${String(duplicate[column] ?? "(blank)")}`).join(", ");
  throw new PipelineInputError({
    file: secondFile,
    line: await locateCsvLine(secondFile, { dataRow: Number(second.source_row) }),
    column: check.keyLabel,
    expected: check.expected,
    found: `a second row for ${keyText} (the first is at line ${firstLine}${firstFile === secondFile ? "" : ` of ${firstFile}`})`,
    fix:
      firstFile === secondFile
        ? "remove the repeated row, or correct its key"
        : "two input files of the same kind overlap: keep only one of them in the input folders",
  });
}
