import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { RecognisedInput } from "./importer.ts";
import { locateCsvLine } from "./locate-csv-line.ts";
import { createSourceFilesTable, headingSql, pathSql } from "./source-files.ts";
import { choice } from "./value-rules.ts";

/** A national IoD decile: 1 = the most deprived 10% of England's LSOAs. */
export const decileRule = choice({
  values: Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`${index + 1}`, `${index + 1}`])),
  expected: "a decile from 1 (most deprived 10% of LSOAs) to 10",
  fix: "correct the decile; IoD deciles are whole numbers 1 to 10",
});

/**
 * `lsoa_deciles` holds the national IoD 2019 deciles (1 = most deprived 10% of England's LSOAs) from File 7
 * or from the long deciles file; Core20 (deciles 1–2) is read from here, never from ranks within the build.
 */
export async function createLsoaDecilesTable(db: DuckDBConnection): Promise<void> {
  await createSourceFilesTable(db);
  await db.run(`CREATE TABLE IF NOT EXISTS lsoa_deciles (
    source_file INTEGER, source_row BIGINT, lsoa_code VARCHAR, domain VARCHAR, decile INTEGER)`);
}

/** Canonical column → the heading the file gives it. */
export function headingsOf(input: RecognisedInput, names: readonly string[]): Map<string, string> {
  return new Map(
    names.flatMap((name) => {
      const heading = input.header[input.columns.get(name) ?? -1];
      return heading === undefined ? [] : [[name, heading] as [string, string]];
    }),
  );
}

/**
 * One decile per LSOA and domain. The same decile from File 7 and from a deciles file is fine (they are two
 * views of one publication); two different deciles mean one file is damaged or of another edition.
 */
export async function checkDeciles(db: DuckDBConnection): Promise<void> {
  const clash = (
    await db.runAndReadAll(`
      WITH firsts AS (
        SELECT *, row_number() OVER (PARTITION BY lsoa_code, domain ORDER BY source_file, source_row) AS nth,
          first_value(decile) OVER (PARTITION BY lsoa_code, domain ORDER BY source_file, source_row) AS first_decile,
          first_value(source_file) OVER (PARTITION BY lsoa_code, domain ORDER BY source_file, source_row) AS first_file,
          first_value(source_row) OVER (PARTITION BY lsoa_code, domain ORDER BY source_file, source_row) AS first_row
        FROM lsoa_deciles
      )
      SELECT f.*, ${pathSql("f.source_file")} AS path, ${pathSql("f.first_file")} AS first_path,
        coalesce(${headingSql("f.source_file", "'decile'")}, ${headingSql("f.source_file", "'imd_decile'")}) AS heading
      FROM firsts f WHERE f.nth > 1 AND (f.source_file = f.first_file OR f.decile <> f.first_decile)
      ORDER BY source_file, source_row LIMIT 1`)
  ).getRowObjectsJS()[0];
  if (clash === undefined) return;
  const file = String(clash.path);
  const firstFile = String(clash.first_path);
  const firstLine = await locateCsvLine(firstFile, { dataRow: Number(clash.first_row) });
  const sameFile = Number(clash.source_file) === Number(clash.first_file);
  throw new PipelineInputError({
    file,
    line: await locateCsvLine(file, { dataRow: Number(clash.source_row) }),
    column: String(clash.heading ?? "value"),
    expected: `one ${String(clash.domain)} decile for LSOA ${String(clash.lsoa_code)}`,
    found: sameFile
      ? `a second row for it (the first is at line ${firstLine})`
      : `decile ${Number(clash.decile)} here but ${Number(clash.first_decile)} at line ${firstLine} of ${firstFile}`,
    fix: sameFile
      ? "remove the repeated row"
      : "use deciles from one IoD 2019 edition: download File 7 or the deciles file again, or keep only one",
  });
}
