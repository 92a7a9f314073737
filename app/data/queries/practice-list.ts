import { z } from "zod";
import { defineQuery } from "../query";

export const PRACTICE_SORT_KEYS = ["name", "imd_score", "list_size", "pcn"] as const;
export type PracticeSortKey = (typeof PRACTICE_SORT_KEYS)[number];

// Sort keys map to fixed SQL so a URL can choose an order without ever writing SQL.
const orderBy: Record<PracticeSortKey, string> = {
  name: "practice_name",
  imd_score: "imd_score",
  list_size: "list_size",
  pcn: "pcn_name",
};

export const practiceListParams = z.object({
  pcn: z.string().trim().min(1).max(20).optional().catch(undefined),
  q: z.string().trim().min(1).max(100).optional().catch(undefined),
  sort: z.enum(PRACTICE_SORT_KEYS).default("imd_score").catch("imd_score"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
});
export type PracticeListParams = z.infer<typeof practiceListParams>;

export const practiceListRow = z.object({
  practice_code: z.string(),
  practice_name: z.string(),
  pcn_code: z.string().nullable(),
  pcn_name: z.string().nullable(),
  list_size: z.number().nullable(),
  imd_score: z.number().nullable(),
  imd_decile: z.number().int().min(1).max(10).nullable(),
});
export type PracticeListRow = z.infer<typeof practiceListRow>;

/** Practices with their latest IMD 2019 score and decile, filtered by PCN and name, in a chosen order. */
export const practiceListQuery = defineQuery({
  name: "practice-list",
  tables: ["areas", "indicator_values"],
  params: practiceListParams,
  row: practiceListRow,
  sql: ({ pcn, q, sort, dir }) => ({
    text: `
      WITH latest AS (
        SELECT indicator_id, area_code, value,
               row_number() OVER (PARTITION BY indicator_id, area_code ORDER BY period DESC) AS recency
        FROM indicator_values
        WHERE area_type = 'practice' AND indicator_id IN ('imd_score', 'imd_decile')
      )
      SELECT p.area_code AS practice_code,
             p.area_name AS practice_name,
             p.pcn_code,
             pcn.area_name AS pcn_name,
             p.list_size::DOUBLE AS list_size,
             score.value::DOUBLE AS imd_score,
             decile.value::INTEGER AS imd_decile
      FROM areas p
      LEFT JOIN areas pcn ON pcn.area_code = p.pcn_code AND pcn.area_type = 'pcn'
      LEFT JOIN latest score ON score.area_code = p.area_code AND score.indicator_id = 'imd_score' AND score.recency = 1
      LEFT JOIN latest decile ON decile.area_code = p.area_code AND decile.indicator_id = 'imd_decile' AND decile.recency = 1
      WHERE p.area_type = 'practice'
        AND ($1::VARCHAR IS NULL OR p.pcn_code = $1::VARCHAR)
        AND ($2::VARCHAR IS NULL
             OR contains(lower(p.area_name), lower($2::VARCHAR))
             OR lower(p.area_code) = lower($2::VARCHAR))
      ORDER BY ${orderBy[sort]} ${dir === "asc" ? "ASC" : "DESC"} NULLS LAST, practice_name ASC`,
    values: [pcn ?? null, q ?? null],
  }),
});
