import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { organisationCodeRule, practiceCodeRule } from "./code-rules.ts";
import { findDuplicateKey } from "./find-duplicate-key.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { locateStagedRow } from "./locate-staged-row.ts";
import type { TypedColumns } from "./validate-staged-table.ts";
import { freeText, optional } from "./value-rules.ts";

/**
 * Practice → PCN → ICB as a simple CSV: the project's template (and the demo generator) write
 * `practice_code,practice_name,pcn_code,pcn_name,icb_code,icb_name`; local teams often keep only names
 * (`PCode,Practice Name,PCN,CCG`). Codes missing from the file are made from names (see derivedCodeSql),
 * so the same name always gives the same code. A CCG or sub-ICB column stands in for the ICB level.
 */
const nameRule = (what: string) =>
  freeText({ expected: `the ${what} name`, fix: `fill in the ${what} name, or give its code instead` });

const columns: readonly ColumnSpec[] = [
  {
    name: "practice_code",
    label: "practice_code",
    aliases: ["PCode", "Practice Code", "Partner Organisation Code", "ODS code"],
    presence: "required",
    rule: practiceCodeRule,
  },
  {
    name: "practice_name",
    label: "practice_name",
    aliases: ["Practice Name", "Partner Name"],
    presence: "optional",
    rule: optional(nameRule("practice")),
  },
  {
    name: "pcn_code",
    label: "pcn_code",
    aliases: ["PCN Code"],
    presence: { anyOf: "pcn" },
    rule: organisationCodeRule,
  },
  {
    name: "pcn_name",
    label: "pcn_name",
    aliases: ["PCN", "PCN Name"],
    presence: { anyOf: "pcn" },
    rule: nameRule("PCN"),
  },
  {
    name: "icb_code",
    label: "icb_code",
    aliases: ["ICB Code", "CCG Code", "ccg_code", "Sub ICB Location Code", "sub_icb_code"],
    presence: "optional",
    rule: organisationCodeRule,
  },
  {
    name: "icb_ons_code",
    label: "icb_ons_code",
    aliases: ["ICB ONS Code", "ICB23CD", "ICB22CD"],
    presence: "optional",
    rule: organisationCodeRule,
  },
  {
    name: "icb_name",
    label: "icb_name",
    aliases: ["ICB Name", "ICB", "CCG", "CCG Name", "Sub ICB Location Name", "sub_icb_name"],
    presence: "optional",
    rule: nameRule("ICB"),
  },
];

/** `practice_map`, filled by this importer or by the ePCN workbook's (epcn-workbook.ts). */
export async function createPracticeMapTable(db: DuckDBConnection): Promise<void> {
  await db.run(`CREATE TABLE IF NOT EXISTS practice_map (
    source_file INTEGER, source_row BIGINT, practice_code VARCHAR, practice_name VARCHAR,
    pcn_code VARCHAR, pcn_name VARCHAR, icb_code VARCHAR, icb_name VARCHAR)`);
}

/** `Burnley East PCN` → `BURNLEY-EAST-PCN`: readable, stable across runs, and unique while names are. */
const derivedCodeSql = (name: string) =>
  `trim(upper(regexp_replace(trim(${name}, ' '), '[^A-Za-z0-9]+', '-', 'g')), '-')`;

/**
 * A PCN's or ICB's area code: the first of `codeColumns` the file has, else one made from its name. For
 * ICBs the ONS code (E54…) comes first, because Fingertips publishes ICB values under ONS codes and later
 * slices compare against them; then the ODS code (QE1).
 */
function areaCodeSql(
  input: RecognisedInput,
  typed: TypedColumns,
  codeColumns: readonly string[],
  nameColumn: string,
) {
  const codeColumn = codeColumns.find((column) => input.columns.has(column));
  if (codeColumn !== undefined) return typed(codeColumn);
  return input.columns.has(nameColumn) ? derivedCodeSql(nameColumn) : "NULL";
}

export const practiceNetworkMap: Importer = {
  kind: "practice-network-map",
  title: "practice to PCN to ICB map",
  columns,

  createTables: createPracticeMapTable,

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const rows = await loadCheckedCsv(db, input, {
      columns,
      copy: async ({ table, typed }) => {
        const pcnCode = areaCodeSql(input, typed, ["pcn_code"], "pcn_name");
        const icbCode = areaCodeSql(input, typed, ["icb_ons_code", "icb_code"], "icb_name");
        const name = (column: string, code: string) => (input.columns.has(column) ? typed(column) : code);
        await db.run(`
        INSERT INTO practice_map
        SELECT ${input.fileId}, rowid, ${typed("practice_code")}, ${typed("practice_name")},
          ${pcnCode}, ${name("pcn_name", pcnCode)}, ${icbCode}, ${name("icb_name", icbCode)}
        FROM ${table}`);
      },
    });
    return { rows, periods: [] };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    await findDuplicateKey(db, inputs, {
      table: "practice_map",
      key: ["practice_code"],
      keyLabel: "practice_code",
      expected: "each practice once (a practice belongs to one PCN)",
    });
    await rejectPcnInTwoIcbs(db, inputs);
  },
};

/** A PCN sits in one ICB; two would make the ICB totals count its practices twice or not at all. */
async function rejectPcnInTwoIcbs(db: DuckDBConnection, inputs: readonly RecognisedInput[]): Promise<void> {
  const clash = (
    await db.runAndReadAll(`
      WITH first_icb AS (
        SELECT pcn_code, arg_min(icb_code, (source_file, source_row)) AS icb_code FROM practice_map GROUP BY pcn_code
      )
      SELECT m.source_file, m.source_row, m.pcn_code, m.icb_code, f.icb_code AS first_icb
      FROM practice_map m JOIN first_icb f USING (pcn_code)
      WHERE m.icb_code IS DISTINCT FROM f.icb_code
      ORDER BY m.source_file, m.source_row LIMIT 1`)
  ).getRowObjectsJS()[0];
  if (clash === undefined) return;
  throw new PipelineInputError({
    ...(await locateStagedRow(inputs, clash, ["icb_code", "icb_name"], "icb_code")),
    expected: `every practice of PCN ${String(clash.pcn_code)} in the same ICB`,
    found: `ICB ${String(clash.icb_code ?? "(blank)")} here but ${String(clash.first_icb ?? "(blank)")} on an earlier row`,
    fix: "correct the ICB of this practice or of the PCN's other practices",
  });
}
