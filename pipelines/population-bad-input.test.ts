import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { populationInputs, TINY_POPULATION } from "../tests/fixtures/pipeline/population-inputs.ts";
import { TINY_INPUTS } from "../tests/fixtures/pipeline/tiny-inputs.ts";
import { writeXlsx } from "../tests/fixtures/pipeline/write-xlsx.ts";
import { badInputHarness } from "./testing/bad-input-harness.ts";

// Bad population inputs, each run through the CLI as a user would: exit status 1, one message naming the
// file, line and column with what was expected and how to fix it, and the previous build untouched.
const repoRoot = path.resolve(import.meta.dirname, "..");
const harness = badInputHarness("pipeline-population-bad-", populationInputs);
const { outDir } = harness;

const fixture = (name: string) => readFileSync(path.join(TINY_POPULATION, name), "utf8");
const tiny = (name: string) => readFileSync(path.join(TINY_INPUTS, name), "utf8");
const AGES = "gp-reg-pat-prac-sing-age.csv";
const TS003 = "census2021-ts003-lsoa.csv";
const TS039 = "2021_unpaid_care_lsoa_testshire.csv";
const DECILES = "imd2019-domain-deciles-lsoa.csv";
/** The fixture with its 1-based `line` (header = 1) replaced by `edit(line)`. */
const editLine = (text: string, line: number, edit: (line: string) => string) =>
  text
    .split("\n")
    .map((content, index) => (index === line - 1 ? edit(content) : content))
    .join("\n");

type Where = { file: string; line?: number; column?: string };

/** Runs the CLI on the tiny inputs with some files changed; checks the message and that nothing changed. */
function failingRun(changes: Record<string, string | Uint8Array | null>, where: Where): string {
  const inputs = harness.inputs(changes);
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "pipelines/cli.ts"), "--input", inputs.dir, "--out", outDir],
    { cwd: repoRoot, encoding: "utf8", env: { ...process.env, PIPELINE_DEBUG: "" } },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("✗ The build stopped on a problem in an input file.");
  const place = [
    path.join(inputs.dir, where.file),
    where.line === undefined ? null : `line ${where.line}`,
    where.column === undefined ? null : `column ${where.column}`,
  ]
    .filter((part) => part !== null)
    .join(", ");
  expect(run.stderr).toContain(`${place}: expected `);
  expect(run.stderr).toMatch(/\nHow to fix: .{10,}/);
  expect(run.stderr).toContain("is unchanged.");
  expect(run.stderr).not.toMatch(/ at .*\.ts:\d+|DuckDB|Conversion Error|Invalid Input Error/);
  harness.expectOutputUnchanged();
  return run.stderr;
}

const ALL_TESTS_TIMEOUT = 30_000;

describe("bad population inputs: clear errors, exit 1, previous build untouched", {
  timeout: ALL_TESTS_TIMEOUT,
}, () => {
  it("a misspelt column in the single-age header", () => {
    const stderr = failingRun(
      { [AGES]: fixture(AGES).replace(",AGE,", ",AGES,") },
      { file: AGES, line: 1, column: "AGE" },
    );
    expect(stderr).toContain('found the columns "PUBLICATION"');
  });

  it("text in a count", () => {
    const stderr = failingRun(
      { [AGES]: editLine(fixture(AGES), 4, (line) => line.replace(/,100$/, ",1OO")) },
      { file: AGES, line: 4, column: "NUMBER_OF_PATIENTS" },
    );
    expect(stderr).toContain('"1OO" (text, not a whole number)');
  });

  it("a negative Census count", () => {
    const stderr = failingRun(
      { [TS003]: editLine(fixture(TS003), 3, (line) => line.replace(",200,", ",-200,")) },
      { file: TS003, line: 3, column: "Household composition: Total; measures: Value" },
    );
    expect(stderr).toContain("a negative number");
  });

  it("the same practice, sex and age twice, naming both lines", () => {
    const lines = fixture(AGES).split("\n");
    const stderr = failingRun(
      { [AGES]: [...lines.slice(0, -1), lines[2], ""].join("\n") },
      { file: AGES, line: lines.length, column: "EXTRACT_DATE + ORG_CODE + SEX + AGE" },
    );
    expect(stderr).toContain("the first is at line 3");
  });

  it("an ALL row that is not the sum of the single ages", () => {
    const stderr = failingRun(
      { [AGES]: editLine(fixture(AGES), 2, (line) => line.replace(/,200$/, ",201")) },
      { file: AGES, line: 2, column: "NUMBER_OF_PATIENTS" },
    );
    expect(stderr).toContain("to equal the sum of its single-age rows, 200");
  });

  it("a count larger than its denominator (a category above the Census total)", () => {
    const stderr = failingRun(
      { [TS003]: editLine(fixture(TS003), 2, (line) => line.replace(",100,10", ",100,110")) },
      { file: TS003, line: 2, column: "Household composition: Total; measures: Value" },
    );
    expect(stderr).toContain("to be at least the sum of its categories, 110");
  });

  it("a tidy Census file cut short: an LSOA without all its categories and no total", () => {
    const lines = fixture(TS039).trimEnd().split("\n");
    failingRun(
      { [TS039]: `${lines.slice(0, -1).join("\n")}\n` },
      { file: TS039, line: lines.length - 5, column: "value" },
    );
  });

  it("a Census category not in the table", () => {
    const stderr = failingRun(
      { [TS039]: editLine(fixture(TS039), 3, (line) => line.replace("9 hours or less", "9 hours or fewer")) },
      { file: TS039, line: 3, column: "unpaid_care" },
    );
    expect(stderr).toContain('"Provides 9 hours or fewer unpaid care a week"');
  });

  it("a decile out of range", () => {
    const stderr = failingRun(
      {
        [DECILES]: editLine(fixture(DECILES), 4, (line) =>
          line.replace("IMD,E01000003,3,", "IMD,E01000003,11,"),
        ),
      },
      { file: DECILES, line: 4, column: "value" },
    );
    expect(stderr).toContain("a decile from 1 (most deprived 10% of LSOAs) to 10");
  });

  it("two deciles files that disagree, naming both", () => {
    const stderr = failingRun(
      { "deciles-again.csv": 'IndID,polycode,value,label\nIMD,E01000002,5,""\n' },
      { file: "imd2019-domain-deciles-lsoa.csv", line: 3, column: "value" },
    );
    expect(stderr).toContain("decile 2 here but 5 at line 2 of");
  });

  it("a wrong date format in EXTRACT_DATE", () => {
    const stderr = failingRun(
      { [AGES]: editLine(fixture(AGES), 5, (line) => line.replace("01APR2024", "2024/04/01")) },
      { file: AGES, line: 5, column: "EXTRACT_DATE" },
    );
    expect(stderr).toContain('"2024/04/01" (not a date)');
  });

  it("registrations on 2021 LSOAs beside IoD 2019 (2011 LSOAs) with no lookup, naming both files", () => {
    const registrations = `${tiny("gp-registrations.csv")}GP_PRAC_PAT_LIST,01APR2024,A00001,RIVERSIDE SURGERY,E01034000,ALL,5\n`;
    const stderr = failingRun(
      { "gp-registrations.csv": registrations },
      { file: "gp-registrations.csv", line: 12, column: "LSOA_CODE" },
    );
    expect(stderr).toContain("iod-2019-file-7.csv, which holds IoD 2019 scores (2011 LSOAs)");
    expect(stderr).toContain("LSOA (2011) to LSOA (2021)");
  });

  it("a practice missing from the PCN file whose commissioner's other practices are all in it", () => {
    const lines = fixture(AGES).trimEnd().split("\n");
    const extra = lines
      .filter((line) => line.includes(",A00004,"))
      .map((line) => line.replace(",A00004,", ",A00005,"));
    const stderr = failingRun(
      { [AGES]: `${[...lines, ...extra].join("\n")}\n` },
      { file: AGES, line: lines.length + 1, column: "ORG_CODE" },
    );
    expect(stderr).toContain("practice A00005 in the practice map");
    expect(stderr).toContain("4 of the 5 practices of its commissioner 00T");
  });

  it("CRLF line ends: the line named is still the physical line", () => {
    const crlf = editLine(fixture(AGES), 6, (line) => line.replace(/,\d+$/, ",x")).replace(/\n/g, "\r\n");
    failingRun({ [AGES]: crlf }, { file: AGES, line: 6, column: "NUMBER_OF_PATIENTS" });
  });

  it("a UTF-8 byte order mark: the header is still recognised and lines still count from it", () => {
    const bom = `\uFEFF${editLine(fixture(AGES), 3, (line) => line.replace(",MALE,", ",MEN,"))}`;
    failingRun({ [AGES]: bom }, { file: AGES, line: 3, column: "SEX" });
  });

  it("Windows-1252 text from Excel (an é in an area name)", () => {
    const text = editLine(fixture(TS039), 4, (line) => line.replace(",Testshire,", ",Testshire Cafe\u00e9,"));
    const cp1252 = Buffer.from(text, "latin1");
    const stderr = failingRun({ [TS039]: cp1252 }, { file: TS039, line: 4, column: "area_name" });
    expect(stderr).toContain("CSV UTF-8");
  });

  it("semicolon delimiters", () => {
    const stderr = failingRun({ [AGES]: fixture(AGES).replace(/,/g, ";") }, { file: AGES, line: 1 });
    expect(stderr).toContain("found values separated by semicolons");
  });

  it("an Excel workbook renamed .csv", () => {
    const workbook = writeXlsx({ Sheet1: [["ORG_CODE", "SEX", "AGE", "NUMBER_OF_PATIENTS"]] });
    const stderr = failingRun({ "ages.csv": workbook }, { file: "ages.csv" });
    expect(stderr).toContain("this is an Excel workbook (.xlsx) renamed to .csv");
  });

  it("a zero-byte Census file", () => {
    const stderr = failingRun({ [TS003]: "" }, { file: TS003 });
    expect(stderr).toContain("an empty file (0 bytes)");
  });

  it("a file cut short in the middle of its last line", () => {
    const text = fixture(AGES).trimEnd();
    const lines = text.split("\n").length;
    const stderr = failingRun({ [AGES]: text.slice(0, text.lastIndexOf(",")) }, { file: AGES, line: lines });
    expect(stderr).toContain("10 comma-separated values, as in the header");
  });
});
