import type { DuckDBConnection } from "@duckdb/node-api";
import { fillFingertipsValues } from "./fill-fingertips-values.ts";
import { fingertipsDefinitions } from "./fingertips-definitions.ts";
import type { IndicatorDefinition } from "./indicator-definition.ts";
import { applyPublishedEnglandImd, type PublishedEnglandImd } from "./published-england-imd.ts";

export type FingertipsIndicators = {
  definitions: IndicatorDefinition[];
  values: number;
  warnings: readonly string[];
  /** England's published IMD score, now the England imd_score; null when no export gave it. */
  englandImd: PublishedEnglandImd | null;
};

/**
 * The Fingertips stage of the build: values for every Fingertips indicator in the inputs, their
 * definitions (method text saying what this build did), and England's published IMD score in place of the
 * computed one. Runs after the areas and deprivation values are filled; with no Fingertips input it adds
 * nothing.
 */
export async function fillFingertipsIndicators(db: DuckDBConnection): Promise<FingertipsIndicators> {
  const filled = await fillFingertipsValues(db);
  const englandImd = await applyPublishedEnglandImd(db);
  return {
    definitions: fingertipsDefinitions(filled.indicators, filled.usage),
    values: filled.values,
    warnings: filled.warnings,
    englandImd,
  };
}
