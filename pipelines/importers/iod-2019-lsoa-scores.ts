import type { DuckDBConnection } from "@duckdb/node-api";
import { normaliseHeading } from "../discovery/match-layout.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { scoredLsoaCodeRule } from "./code-rules.ts";
import { findDuplicateKey } from "./find-duplicate-key.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { checkDeciles, createLsoaDecilesTable, decileRule, headingsOf } from "./lsoa-deciles.ts";
import { recordSourceFile } from "./source-files.ts";
import { decimalNumber, freeText, optional } from "./value-rules.ts";

/**
 * English Indices of Deprivation 2019 (MHCLG), File 7 "all ranks, deciles and scores", one row per 2011
 * LSOA. Only scores are read: ranks and deciles are derived from scores and would be redundant. Also
 * accepted: the mySociety composite layout `lsoa,imd_score,income_score,employment_score`.
 *
 * Domain scores are rates in File 7 ("Income Score (rate)": 0.15 = 15% of residents income-deprived) and
 * percentages in the mySociety file (15.0). A heading with "rate" is read as a proportion and multiplied by
 * 100, so every output is a percentage; any other heading must already be a percentage.
 */
const MEASURES = [
  {
    name: "imd_score",
    label: "Index of Multiple Deprivation (IMD) Score",
    aliases: ["imd_score", "IMD Score", "IMDScore"],
    presence: "required",
  },
  {
    name: "income_score",
    label: "Income Score (rate)",
    aliases: ["income_score", "Income Score"],
    presence: "optional",
  },
  {
    name: "employment_score",
    label: "Employment Score (rate)",
    aliases: ["employment_score", "Employment Score"],
    presence: "optional",
  },
  {
    name: "idaci_score",
    label: "Income Deprivation Affecting Children Index (IDACI) Score (rate)",
    aliases: ["idaci_score", "IDACI Score"],
    presence: "optional",
  },
  {
    name: "idaopi_score",
    label: "Income Deprivation Affecting Older People (IDAOPI) Score (rate)",
    aliases: ["idaopi_score", "IDAOPI Score"],
    presence: "optional",
  },
] as const;

const FIX = "correct the score; scores are numbers such as 21.4 (or 0.214 in a '(rate)' column)";
const imdScoreRule = decimalNumber({
  min: 0,
  max: 100,
  expected: "an IMD score between 0 and 100",
  fix: FIX,
});
const percentRule = optional(
  decimalNumber({ min: 0, max: 100, expected: "a percentage between 0 and 100", fix: FIX }),
);
const rateRule = optional(
  decimalNumber({ min: 0, max: 1, expected: "a rate between 0 and 1 (the heading says '(rate)')", fix: FIX }),
);

const columns: readonly ColumnSpec[] = [
  {
    name: "lsoa_code",
    label: "LSOA code (2011)",
    aliases: ["lsoa", "lsoa_code", "LSOA11CD", "LSOA code"],
    presence: "required",
    rule: scoredLsoaCodeRule,
  },
  {
    name: "lsoa_name",
    label: "LSOA name (2011)",
    aliases: ["lsoa_name", "LSOA11NM"],
    presence: "optional",
    rule: optional(freeText({ expected: "the LSOA name", fix: "fill in the name or leave the cell empty" })),
  },
  ...MEASURES.map((measure) => ({
    ...measure,
    rule: measure.name === "imd_score" ? imdScoreRule : percentRule,
  })),
  {
    // The national decile (1 = most deprived 10% of England's LSOAs), kept for Core20.
    name: "imd_decile",
    label: "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)",
    aliases: ["imd_decile", "IMD Decile", "Index of Multiple Deprivation (IMD) Decile"],
    presence: "optional",
    rule: optional(decileRule),
  },
];

/** The IoD edition these scores belong to, used as the period of every value derived from them. */
export const IOD_PERIOD = "2019";

const isRate = (input: RecognisedInput, name: string) =>
  /\brate\b/.test(normaliseHeading(input.header[input.columns.get(name) ?? -1] ?? ""));

/** This file's columns with each domain score's rule chosen by its heading: rate or percentage. */
function columnsFor(input: RecognisedInput): ColumnSpec[] {
  return columns.map((spec) =>
    spec.name !== "imd_score" && spec.rule === percentRule && isRate(input, spec.name)
      ? { ...spec, rule: rateRule }
      : spec,
  );
}

export const iod2019LsoaScores: Importer = {
  kind: "iod-2019-lsoa-scores",
  title: "English Indices of Deprivation 2019 LSOA scores (File 7)",
  columns,

  async createTables(db: DuckDBConnection) {
    await db.run(
      "CREATE TABLE lsoa_scores (source_file INTEGER, source_row BIGINT, lsoa_code VARCHAR, measure_id VARCHAR, value DOUBLE)",
    );
    await createLsoaDecilesTable(db);
  },

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const specs = columnsFor(input);
    const rows = await loadCheckedCsv(db, input, {
      columns: specs,
      copy: async ({ table, typed }) => {
        for (const measure of MEASURES) {
          if (!input.columns.has(measure.name)) continue;
          const spec = specs.find((candidate) => candidate.name === measure.name);
          const scale = spec?.rule === rateRule ? " * 100" : "";
          if (spec?.rule === percentRule) await rejectRatesHeadedAsPercent(db, table, input, measure.name);
          await db.run(`
          INSERT INTO lsoa_scores
          SELECT ${input.fileId}, rowid, ${typed("lsoa_code")}, '${measure.name}', ${typed(measure.name)}${scale}
          FROM ${table} WHERE ${measure.name} IS NOT NULL AND trim(${measure.name}, ' ') <> ''`);
        }
        if (input.columns.has("imd_decile")) {
          await db.run(`
          INSERT INTO lsoa_deciles
          SELECT ${input.fileId}, rowid, ${typed("lsoa_code")}, 'imd', CAST(${typed("imd_decile")} AS INTEGER)
          FROM ${table} WHERE trim(imd_decile, ' ') <> ''`);
          await recordSourceFile(db, input, headingsOf(input, ["lsoa_code", "imd_decile"]));
        }
      },
    });
    return { rows, periods: [IOD_PERIOD] };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    await findDuplicateKey(db, inputs, {
      table: "lsoa_scores",
      key: ["lsoa_code", "measure_id"],
      keyLabel: "LSOA code (2011)",
      expected: "one row per LSOA",
    });
    await checkDeciles(db);
  },
};

/**
 * A percentage column whose values never exceed 1 almost certainly holds File 7 rates under a renamed
 * heading; reading them as percentages would make every practice look 100 times less deprived.
 */
async function rejectRatesHeadedAsPercent(
  db: DuckDBConnection,
  table: string,
  input: RecognisedInput,
  name: string,
): Promise<void> {
  const result = await db.runAndReadAll(
    `SELECT max(TRY_CAST(trim(${name}, ' ') AS DOUBLE)) AS largest, count(${name}) AS n FROM ${table}`,
  );
  const row = result.getRowObjectsJS()[0];
  if (row === undefined || Number(row.n) < 10 || Number(row.largest) > 1) return;
  const heading = input.header[input.columns.get(name) ?? -1] ?? name;
  throw new PipelineInputError({
    file: input.path,
    line: 1,
    column: heading,
    expected: `percentages (0 to 100), because the heading "${heading}" does not say "(rate)"`,
    found: `every value is 1 or less (largest ${String(row.largest)}), which looks like rates`,
    fix: `rename the column to "${columns.find((spec) => spec.name === name)?.label}" so it is read as a rate, or give percentages`,
  });
}
