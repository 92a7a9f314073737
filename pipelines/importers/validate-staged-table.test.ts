import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { withMemoryDb } from "../testing/with-memory-db.ts";
import type { ColumnSpec, RecognisedInput } from "./importer.ts";
import { stageCsv } from "./stage-csv.ts";
import { validateStagedTable } from "./validate-staged-table.ts";
import { choice, wholeNumber } from "./value-rules.ts";

const dir = mkdtempSync(join(tmpdir(), "validate-staged-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = { expected: "x", fix: "y" };
/** `sex` repeats (checked on its distinct values), `patients` is different on every row (checked row by row). */
const specs: ColumnSpec[] = [
  {
    name: "sex",
    label: "SEX",
    aliases: [],
    presence: "required",
    rule: choice({ ...text, values: { MALE: "MALE", FEMALE: "FEMALE" } }),
  },
  { name: "patients", label: "PATIENTS", aliases: [], presence: "required", rule: wholeNumber(text) },
];

const ROWS = 6_000;

/** A file of ROWS rows with the given cells replaced (data row index → [column, value]). */
function writeFile(name: string, replaced: ReadonlyMap<number, [string, string]>): RecognisedInput {
  const lines = ["SEX,PATIENTS"];
  for (let row = 0; row < ROWS; row++) {
    const [column, value] = replaced.get(row) ?? ["", ""];
    lines.push(
      `${column === "sex" ? value : row % 2 ? "MALE" : "FEMALE"},${column === "patients" ? value : row}`,
    );
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return {
    fileId: 1,
    path,
    header: ["SEX", "PATIENTS"],
    columns: new Map([
      ["sex", 0],
      ["patients", 1],
    ]),
  };
}

async function validate(input: RecognisedInput) {
  return withMemoryDb(async (db) => {
    const { table } = await stageCsv(db, input);
    const typed = await validateStagedTable(db, table, input, specs);
    const sum = await db.runAndReadAll(
      `SELECT count(*) FILTER (WHERE ${typed("sex")} = 'MALE'), sum(${typed("patients")}) FROM ${table}`,
    );
    return sum.getRowsJS()[0]?.map(Number);
  });
}

async function failure(input: RecognisedInput): Promise<PipelineInputError> {
  const error = await validate(input).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PipelineInputError);
  return error as PipelineInputError;
}

describe("validateStagedTable", () => {
  it("casts repetitive and all-different columns alike when every value passes", async () => {
    expect(await validate(writeFile("good.csv", new Map()))).toEqual([ROWS / 2, ((ROWS - 1) * ROWS) / 2]);
  });

  it("names the earliest bad row whichever way its column is checked", async () => {
    const badCountFirst = await failure(
      writeFile(
        "count-first.csv",
        new Map([
          [4_500, ["patients", "-3"]],
          [4_700, ["sex", "X"]],
        ]),
      ),
    );
    expect(badCountFirst).toMatchObject({
      line: 4_502,
      column: "PATIENTS",
      found: '"-3" (a negative number)',
    });
    const badSexFirst = await failure(
      writeFile(
        "sex-first.csv",
        new Map([
          [4_700, ["patients", "-3"]],
          [4_500, ["sex", "X"]],
        ]),
      ),
    );
    expect(badSexFirst).toMatchObject({ line: 4_502, column: "SEX" });
  });

  it("finds a bad value first seen after the rows it samples", async () => {
    // The sampled first rows are all good; the repeated bad value appears only near the end.
    const late = new Map<number, [string, string]>([
      [5_990, ["sex", "UNKNOWN"]],
      [5_995, ["sex", "UNKNOWN"]],
    ]);
    expect(await failure(writeFile("late.csv", late))).toMatchObject({ line: 5_992, column: "SEX" });
  });
});
