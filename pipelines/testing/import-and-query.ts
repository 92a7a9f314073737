import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import type { ImportResult } from "../importers/importer.ts";

/** Imports one file as the pipeline would (import-one-file.ts) and reads back one query of its staged tables. */
export async function importAndQuery(
  path: string,
  sql: string,
): Promise<{ kind: string; result: ImportResult; rows: Record<string, unknown>[] }> {
  const imported = await importOneFile(path);
  try {
    return { kind: imported.kind, result: imported.result, rows: await imported.query(sql) };
  } finally {
    imported.close();
  }
}
