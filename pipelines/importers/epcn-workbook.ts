import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { appendRows } from "./append-rows.ts";
import { organisationCodeRule, practiceCodeRule } from "./code-rules.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { inputPath } from "./input-path.ts";
import { createPracticeMapTable } from "./practice-network-map.ts";
import { freeText, optional } from "./value-rules.ts";
import { readXlsx } from "./workbook/read-xlsx.ts";

const text = (what: string) => optional(freeText({ expected: what, fix: `fill in the ${what}` }));

/**
 * NHS Digital's ePCN workbook (ODS): the sheet "PCN Core Partner Details" ("PCNCorePartnerDetails" in
 * newer editions) lists each practice with its PCN and the PCN's parent commissioner, a CCG until June
 * 2022 and a sub-ICB location since. The sheet is found by its header row, so renamed sheets and columns
 * ("PCN Parent CCG Code" → "PCN Parent Sub ICB Location Code") are read alike. The commissioner stands in
 * for the ICB level, as in practice-network-map.ts. "PCN Details" repeats PCN names and is not needed.
 * Relationships with an end date are over and left out.
 */
const columns: readonly ColumnSpec[] = [
  {
    name: "practice_code",
    label: "Partner Organisation Code",
    aliases: ["Partner Code", "Practice Code"],
    presence: "required",
    rule: practiceCodeRule,
  },
  {
    name: "practice_name",
    label: "Partner Name",
    aliases: ["Practice Name"],
    presence: "optional",
    rule: text("practice name"),
  },
  { name: "pcn_code", label: "PCN Code", aliases: [], presence: "required", rule: organisationCodeRule },
  { name: "pcn_name", label: "PCN Name", aliases: [], presence: "optional", rule: text("PCN name") },
  {
    name: "icb_code",
    label: "PCN Parent CCG Code",
    aliases: [
      "PCN Parent Sub ICB Location Code",
      "PCN Parent Sub ICB Loc Code",
      "PCN Sub ICB Location Code",
      "PCN Parent ICB Code",
    ],
    presence: "optional",
    rule: optional(organisationCodeRule),
  },
  {
    name: "icb_name",
    label: "PCN Parent CCG Name",
    aliases: [
      "PCN Parent Sub ICB Location Name",
      "PCN Parent Sub ICB Loc Name",
      "PCN Sub ICB Location Name",
      "PCN Parent ICB Name",
    ],
    presence: "optional",
    rule: text("commissioner name"),
  },
  {
    name: "end_date",
    label: "Practice to PCN Relationship End Date",
    aliases: [],
    presence: "optional",
    rule: text("end date"),
  },
];

const PRACTICE_MAP_COLUMNS = [
  "INTEGER",
  "INTEGER",
  "VARCHAR",
  "VARCHAR",
  "VARCHAR",
  "VARCHAR",
  "VARCHAR",
  "VARCHAR",
] as const;

export const epcnWorkbook: Importer = {
  kind: "epcn-workbook",
  title: "NHS Digital ePCN workbook (PCN Core Partner Details)",
  format: "xlsx",
  columns,
  createTables: createPracticeMapTable,

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const sheet = input.sheet ?? "";
    const rows = (await readXlsx(input.path)).readSheet(sheet);
    const headerIndex = rows.findIndex((row) => row.cells.some((cell) => cell.trim() !== ""));
    const data = rows.slice(headerIndex + 1).filter((row) => row.cells.some((cell) => cell.trim() !== ""));
    const cell = (row: (typeof data)[number], name: string) => {
      const position = input.columns.get(name);
      return position === undefined ? null : (row.cells[position] ?? "");
    };
    const parse = (row: (typeof data)[number], spec: ColumnSpec): string | null => {
      const raw = cell(row, spec.name);
      if (raw === null) return null;
      const parsed = spec.rule.schema.safeParse(raw);
      if (parsed.success) return parsed.data === null ? null : String(parsed.data);
      const problem = parsed.error.issues[0]?.message ?? "a value that does not fit";
      throw new PipelineInputError({
        file: input.path,
        line: row.line,
        column: `${input.header[input.columns.get(spec.name) ?? -1] ?? spec.label} (sheet "${sheet}")`,
        expected: spec.rule.expected,
        found: raw.trim() === "" ? problem : `"${raw}" (${problem})`,
        fix: spec.rule.fix,
      });
    };
    const seen = new Map<string, number>();
    const current: (string | number | null)[][] = [];
    let ended = 0;
    for (const row of data) {
      const values = Object.fromEntries(columns.map((spec) => [spec.name, parse(row, spec)]));
      if (values.end_date !== null && values.end_date !== undefined) {
        ended++;
        continue;
      }
      const practice = String(values.practice_code);
      const first = seen.get(practice);
      if (first !== undefined) {
        throw new PipelineInputError({
          file: input.path,
          line: row.line,
          column: `${input.header[input.columns.get("practice_code") ?? -1]} (sheet "${sheet}")`,
          expected: "each practice in one current PCN (one row without an end date)",
          found: `a second current row for ${practice} (the first is at row ${first})`,
          fix: "give the ended relationship its end date, or remove the repeated row",
        });
      }
      seen.set(practice, row.line);
      current.push([
        input.fileId,
        row.line,
        practice,
        values.practice_name ?? null,
        values.pcn_code ?? null,
        values.pcn_name ?? values.pcn_code ?? null,
        values.icb_code ?? null,
        values.icb_name ?? values.icb_code ?? null,
      ]);
    }
    await appendRows(db, "practice_map", PRACTICE_MAP_COLUMNS, current);
    return {
      rows: data.length,
      periods: [],
      notes: ended > 0 ? [`${ended} ended practice-to-PCN relationships left out`] : [],
    };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    const overlap = (
      await db.runAndReadAll(`
        SELECT a.source_file AS workbook, a.practice_code
        FROM practice_map a JOIN practice_map b USING (practice_code)
        WHERE a.source_file IN (${inputs.map((input) => input.fileId).join(", ")}) AND a.source_file <> b.source_file
        ORDER BY a.source_file, a.source_row LIMIT 1`)
    ).getRowObjectsJS()[0];
    if (overlap === undefined) return;
    throw new PipelineInputError({
      file: inputPath(inputs, overlap.workbook),
      column: "Partner Organisation Code",
      expected: "one practice map per build",
      found: `practice ${String(overlap.practice_code)} both in this workbook and in another practice map among the inputs`,
      fix: "keep either the ePCN workbook or the practice → PCN CSV in the input folders, not both",
    });
  },
};
