import type { DuckDBConnection } from "@duckdb/node-api";
import type { RecognisedFile } from "../discovery/discover-inputs.ts";
import type { ImportResult } from "./importer.ts";
import { importers } from "./registry.ts";

/**
 * Creates every importer's staging table, loads each recognised file in turn, then runs the checks that
 * need all files of a kind (keys repeated across two files). Results are in the order of `recognised`.
 */
export async function importAll(
  db: DuckDBConnection,
  recognised: readonly RecognisedFile[],
): Promise<ImportResult[]> {
  for (const importer of importers) await importer.createTables(db);
  const results: ImportResult[] = [];
  for (const file of recognised) results.push(await file.importer.load(db, file.input));
  for (const importer of importers) {
    const inputs = recognised.filter((file) => file.importer === importer).map((file) => file.input);
    if (inputs.length > 0) await importer.checkAcrossFiles?.(db, inputs);
  }
  return results;
}
