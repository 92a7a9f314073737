import { type OutputTable, outputColumns } from "../output/output-table.ts";

const columns = outputColumns;

/**
 * Inequality across each ICB's practices by deprivation (inequality-by-deprivation.ts): one summary row per
 * indicator and ICB, and the five quintile rows it was fitted to, so a page can show both.
 */
export const inequalityOutputTables: readonly OutputTable[] = [
  {
    name: "inequality",
    columns: columns({
      indicator_id: "VARCHAR",
      area_code: "VARCHAR",
      area_type: "VARCHAR",
      period: "VARCHAR",
      practices: "INTEGER",
      sii: "DOUBLE",
      sii_lower95: "DOUBLE",
      sii_upper95: "DOUBLE",
      rii: "DOUBLE",
      rii_lower95: "DOUBLE",
      rii_upper95: "DOUBLE",
    }),
    orderBy: "indicator_id, area_code",
  },
  {
    name: "inequality_quintiles",
    columns: columns({
      indicator_id: "VARCHAR",
      area_code: "VARCHAR",
      period: "VARCHAR",
      quintile: "INTEGER",
      practices: "INTEGER",
      count: "DOUBLE",
      denominator: "DOUBLE",
      value: "DOUBLE",
      lower95: "DOUBLE",
      upper95: "DOUBLE",
    }),
    orderBy: "indicator_id, area_code, quintile",
  },
];
