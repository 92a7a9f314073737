import type { DuckDBConnection } from "@duckdb/node-api";
import { findDuplicateKey } from "./find-duplicate-key.ts";
import { checkFingertipsRows, fillBlankIndicatorIds, fingertipsNotes } from "./fingertips-export-checks.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { code, decimalNumber, freeText, nonNegativeNumber, optional, wholeNumber } from "./value-rules.ts";

/**
 * OHID Fingertips data, any indicator, in two layouts recognised by their headers:
 * - the 27-column "Export data" CSV of fingertips.phe.org.uk (`Indicator ID,Indicator Name,Parent Code,…,
 *   Time period,Value,Lower CI 95.0 limit,…,Count,Denominator,…,Time period range`), also as fingertipsR's
 *   `fingertips_data()` writes it (`IndicatorID,…,Timeperiod,…,LowerCI95.0limit,…`);
 * - fingertipsR's short layout `IndicatorID,Year,AreaCode,AreaName,IsAreaCurrent,Value`.
 * Every row goes to `fingertips_rows`, category rows (e.g. deprivation deciles) included, so that keys are
 * checked over the whole file; the indicator stage keeps whole-area rows only.
 */
/** fingertipsR data saved with R's write.csv has NA in empty cells unless told otherwise. */
const EMPTY_FROM_R = '; leave a missing value empty (from R: write.csv(data, file, na = ""))';

const limit = (name: string, label: string, alias: string): ColumnSpec => ({
  name,
  label,
  aliases: [alias],
  presence: "optional",
  rule: optional(
    decimalNumber({
      min: -1e15,
      max: 1e15,
      expected: "a confidence limit (a number) or an empty cell",
      fix: `export the data again from Fingertips, or leave the cell empty to have the limit computed${EMPTY_FROM_R}`,
    }),
  ),
});

const text = (name: string, label: string, aliases: readonly string[], what: string): ColumnSpec => ({
  name,
  label,
  aliases,
  presence: "optional",
  rule: optional(freeText({ expected: what, fix: "" })),
});

const countRule = (what: string) =>
  optional(
    nonNegativeNumber({
      expected: `the ${what}, a number of 0 or more, or an empty cell`,
      fix: `correct the ${what}; it must be a plain number with no commas, spaces or minus sign${EMPTY_FROM_R}`,
    }),
  );

const columns: readonly ColumnSpec[] = [
  {
    name: "fingertips_id",
    label: "Indicator ID",
    aliases: ["IndicatorID"],
    presence: "required",
    rule: optional(
      wholeNumber({
        expected: "the Fingertips indicator ID, a whole number such as 91547",
        fix: "correct the Indicator ID; Fingertips shows it in each indicator's definition",
      }),
    ),
  },
  text("indicator_name", "Indicator Name", ["IndicatorName"], "the indicator name"),
  {
    name: "area_code",
    label: "Area Code",
    aliases: ["AreaCode"],
    presence: "required",
    rule: code({
      pattern: "[A-Z0-9][A-Z0-9_-]{0,15}",
      expected:
        "a Fingertips area code such as P81003 (practice), U12345 (PCN), E54000048 (ICB) or E92000001",
      fix: "correct the area code; export the data again from Fingertips if the column was damaged",
    }),
  },
  text("sex", "Sex", [], "the sex the value is for (Persons, Male, Female)"),
  text("age", "Age", [], "the age band the value is for, such as 17+ yrs"),
  text("category_type", "Category Type", ["CategoryType"], "the category type"),
  text("category", "Category", [], "the category"),
  {
    name: "period",
    label: "Time period",
    aliases: ["Timeperiod", "Year"],
    presence: "required",
    rule: freeText({
      expected: "the time period, such as 2022/23 or 2019",
      fix: "fill in the time period as Fingertips writes it",
    }),
  },
  {
    name: "value",
    label: "Value",
    aliases: [],
    presence: "required",
    rule: optional(
      decimalNumber({
        min: -1e15,
        max: 1e15,
        expected: "the indicator value, a number such as 14.1, or an empty cell where Fingertips left it out",
        fix: `correct the value; it must be a plain number (no % sign, commas or text)${EMPTY_FROM_R}`,
      }),
    ),
  },
  limit("lower95", "Lower CI 95.0 limit", "LowerCI95.0limit"),
  limit("upper95", "Upper CI 95.0 limit", "UpperCI95.0limit"),
  limit("lower998", "Lower CI 99.8 limit", "LowerCI99.8limit"),
  limit("upper998", "Upper CI 99.8 limit", "UpperCI99.8limit"),
  { name: "count", label: "Count", aliases: [], presence: "optional", rule: countRule("count") },
  {
    name: "denominator",
    label: "Denominator",
    aliases: [],
    presence: "optional",
    rule: countRule("denominator"),
  },
  {
    name: "period_sortable",
    label: "Time period Sortable",
    aliases: ["TimeperiodSortable"],
    presence: "optional",
    rule: optional(
      wholeNumber({
        expected: "Fingertips' sortable period, such as 20220000",
        fix: "export the data again from Fingertips, or delete the column",
      }),
    ),
  },
];

/** Where a period sorts: Fingertips' own sortable number, else the first year in the label (×10,000). */
const periodOrderSql = (typed: (name: string) => string) =>
  `coalesce(${typed("period_sortable")}, TRY_CAST(regexp_extract(${typed("period")}, '([0-9]{4})', 1) AS INTEGER) * 10000)`;

export const fingertipsExport: Importer = {
  kind: "fingertips-export",
  title: "OHID Fingertips data export",
  columns,

  async createTables(db: DuckDBConnection) {
    await db.run(`CREATE TABLE fingertips_rows (
      source_file INTEGER, source_row BIGINT, fingertips_id INTEGER, indicator_name VARCHAR, area_code VARCHAR,
      sex VARCHAR, age VARCHAR, category_type VARCHAR, category VARCHAR, period VARCHAR,
      period_order INTEGER, value DOUBLE, lower95 DOUBLE, upper95 DOUBLE, lower998 DOUBLE, upper998 DOUBLE,
      count DOUBLE, denominator DOUBLE);
      CREATE TABLE fingertips_files (source_file INTEGER, path VARCHAR)`);
  },

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const rows = await loadCheckedCsv(db, input, {
      columns,
      copy: async ({ table, typed }) => {
        const names = [
          "fingertips_id",
          "indicator_name",
          "area_code",
          "sex",
          "age",
          "category_type",
          "category",
          "period",
        ];
        const numbers = ["value", "lower95", "upper95", "lower998", "upper998", "count", "denominator"];
        await db.run(`
        INSERT INTO fingertips_rows
        SELECT ${input.fileId}, rowid, ${names.map((name) => typed(name)).join(", ")}, ${periodOrderSql(typed)},
          ${numbers.map((name) => typed(name)).join(", ")}
        FROM ${table}`);
      },
    });
    await db.run("INSERT INTO fingertips_files VALUES ($1, $2)", [input.fileId, input.path]);
    const filled = await fillBlankIndicatorIds(db, input);
    await checkFingertipsRows(db, input);
    const periods = await db.runAndReadAll(`
      SELECT period FROM fingertips_rows WHERE source_file = ${input.fileId}
      GROUP BY period ORDER BY min(period_order), period`);
    return {
      rows,
      periods: periods.getRowObjectsJS().map((row) => String(row.period)),
      notes: await fingertipsNotes(db, input, filled),
    };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    await findDuplicateKey(db, inputs, {
      table: "fingertips_rows",
      key: ["fingertips_id", "area_code", "period", "sex", "age", "category_type", "category"],
      keyLabel: "Indicator ID + Area Code + Time period + Sex + Age + Category",
      expected: "one row per indicator, area, time period, sex, age and category",
    });
  },
};
