import type { DuckDBConnection } from "@duckdb/node-api";
import type { IndicatorDefinition } from "./indicator-definition.ts";

/** Writes indicator definitions into the `indicators` table, values bound as parameters. */
export async function fillIndicators(
  db: DuckDBConnection,
  definitions: readonly IndicatorDefinition[],
): Promise<void> {
  for (const definition of definitions) {
    await db.run("INSERT INTO indicators VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)", [
      definition.indicator_id,
      definition.name,
      definition.short_name,
      definition.theme,
      definition.definition,
      definition.numerator,
      definition.denominator,
      definition.unit,
      definition.polarity,
      definition.source,
      definition.method,
      definition.decimals,
    ]);
  }
}
