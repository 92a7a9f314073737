import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows } from "../importers/append-rows.ts";
import { THEMES } from "./themes.ts";

/** `themes`: the asset themes with their labels, what measures need for each, and the rules that assign them. */
export async function fillThemes(db: DuckDBConnection): Promise<void> {
  await appendRows(
    db,
    "themes",
    ["VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "VARCHAR"],
    THEMES.map((theme, index) => [
      theme.id,
      theme.label,
      theme.description,
      index + 1,
      `indicators whose theme mentions ${theme.need.indicatorThemes.map((word) => `"${word}"`).join(" or ")}, and ${theme.need.indicatorIds.join(", ")}`,
      [
        `categories: ${theme.rules.categories.join(", ") || "none"}`,
        `OpenStreetMap tags: ${theme.rules.osmTags.join(", ") || "none"}`,
        `Open Referral terms: ${theme.rules.taxonomyTerms.join(", ") || "none"}`,
        `keywords: ${theme.rules.keywords.join(", ") || "none"}`,
      ].join("; "),
    ]),
  );
}
