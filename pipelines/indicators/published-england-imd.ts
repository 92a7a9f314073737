import { basename } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";
import { IOD_PERIOD } from "../importers/iod-2019-lsoa-scores.ts";
import { catalogueEntry, FINGERTIPS_ENGLAND_IMD_ID } from "./fingertips-catalogue.ts";
import type { IndicatorDefinition } from "./indicator-definition.ts";

export type PublishedEnglandImd = { value: number; file: string };

const PUBLISHED_ID = catalogueEntry(FINGERTIPS_ENGLAND_IMD_ID)?.definition.indicator_id ?? "";

/**
 * England's imd_score is otherwise the mean over the build's registrations, which for a regional build is
 * the region's score. When a Fingertips 93553 export gives England's IMD 2019 score, that is England's
 * value, so it replaces the computed one (count and denominator cleared: OHID publishes neither). Runs
 * after the deprivation and Fingertips values are filled.
 */
export async function applyPublishedEnglandImd(db: DuckDBConnection): Promise<PublishedEnglandImd | null> {
  const row = (
    await db.runAndReadAll(
      `SELECT s.value, f.path FROM fingertips_selected s JOIN fingertips_files f USING (source_file)
       WHERE s.indicator_id = $1 AND s.area_code = $2 AND s.period = $3 AND s.value IS NOT NULL`,
      [PUBLISHED_ID, ENGLAND_CODE, IOD_PERIOD],
    )
  ).getRowObjectsJS()[0];
  if (row === undefined) return null;
  const published = { value: Number(row.value), file: String(row.path) };
  await db.run(
    `UPDATE indicator_values SET value = $1, count = NULL, denominator = NULL
     WHERE indicator_id = 'imd_score' AND area_code = $2 AND period = $3`,
    [published.value, ENGLAND_CODE, IOD_PERIOD],
  );
  return published;
}

/** The imd_score definition says where England's value came from. */
export function withPublishedEnglandImd(
  definitions: readonly IndicatorDefinition[],
  published: PublishedEnglandImd | null,
): IndicatorDefinition[] {
  if (published === null) return [...definitions];
  return definitions.map((definition) =>
    definition.indicator_id === "imd_score"
      ? {
          ...definition,
          source: `${definition.source}; England: OHID Fingertips indicator 93553 (${basename(published.file)})`,
          method: `${definition.method} Exception: England's value is OHID's published England score from Fingertips 93553 (${PUBLISHED_ID}, period ${IOD_PERIOD}), not the mean over this build's registrations, which is a region's score unless the registrations are national.`,
        }
      : definition,
  );
}
