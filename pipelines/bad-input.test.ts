import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { snapshotTree } from "../tests/fixtures/pipeline/snapshot-tree.ts";
import { tinyInputs } from "../tests/fixtures/pipeline/tiny-inputs.ts";
import { build } from "./build.ts";
import { FINGERTIPS_EXPORT_COLUMNS } from "./importers/fingertips-export-columns.ts";
import { badInputHarness } from "./testing/bad-input-harness.ts";
import { expectReadable } from "./testing/expect-readable.ts";

// One good build first; every bad run below must leave it, and current.json, byte for byte as they were.
const harness = badInputHarness("pipeline-bad-input-", tinyInputs);
const { failingBuild, outDir } = harness;

const REGISTRATIONS_HEADER =
  "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,LSOA_CODE,SEX,NUMBER_OF_PATIENTS";
const row = (patients: string, lsoa = "E01000001", practice = "A00001") =>
  `GP_PRAC_PAT_LIST,01APR2024,${practice},RIVERSIDE SURGERY,${lsoa},ALL,${patients}`;

describe("bad input: clear errors, previous build untouched", () => {
  it("a misnamed column lists the columns found and the names accepted", async () => {
    const error = await failingBuild({
      "gp-registrations.csv": `${REGISTRATIONS_HEADER.replace("NUMBER_OF_PATIENTS", "NUMBER_OF_PATIENT")}\n${row("1")}\n`,
    });
    expectReadable(error, { file: "gp-registrations.csv", line: 1, column: "NUMBER_OF_PATIENTS" });
    expect(error.found).toContain('"NUMBER_OF_PATIENT"');
    expect(error.expected).toContain('"Number of Patients"');
  });

  it("a required input whose key column is misnamed is named, not just 'missing'", async () => {
    const error = await failingBuild({
      "iod-2019-file-7.csv": "LSOA code (2011),IMD Score 2019\nE01000001,10\n",
    });
    expectReadable(error, {
      file: "iod-2019-file-7.csv",
      line: 1,
      column: "Index of Multiple Deprivation (IMD) Score",
    });
  });

  it("text in a number", async () => {
    const error = await failingBuild({
      "gp-registrations.csv": `${REGISTRATIONS_HEADER}\n${row("1")}\n${row("twelve", "E01000002")}\n`,
    });
    expectReadable(error, { file: "gp-registrations.csv", line: 3, column: "NUMBER_OF_PATIENTS" });
    expect(error.found).toBe('"twelve" (text, not a whole number)');
  });

  it("a negative count", async () => {
    const error = await failingBuild({
      "gp-registrations.csv": `${REGISTRATIONS_HEADER}\n${row("1")}\n${row("2", "E01000002")}\n${row("-4", "E01000003")}\n`,
    });
    expectReadable(error, { file: "gp-registrations.csv", line: 4, column: "NUMBER_OF_PATIENTS" });
    expect(error.found).toBe('"-4" (a negative number)');
  });

  it("an empty cell where a value is required", async () => {
    const error = await failingBuild({
      "practices.csv":
        "practice_code,practice_name,pcn_code,pcn_name,icb_code,icb_name\nA00001,Riverside,,,QAA,Testshire\n",
    });
    expectReadable(error, { file: "practices.csv", line: 2, column: "pcn_code" });
    expect(error.found).toBe("an empty cell");
  });

  it("a code in the wrong shape", async () => {
    const error = await failingBuild({
      "gp-registrations.csv": `${REGISTRATIONS_HEADER}\n${row("1", "E0100001")}\n`,
    });
    expectReadable(error, { file: "gp-registrations.csv", line: 2, column: "LSOA_CODE" });
  });

  it("a duplicate key names both lines", async () => {
    const error = await failingBuild({
      "iod-2019-file-7.csv":
        "LSOA code (2011),Index of Multiple Deprivation (IMD) Score\nE01000001,10\nE01000002,20\nE01000001,11\n",
    });
    expectReadable(error, { file: "iod-2019-file-7.csv", line: 4, column: "LSOA code (2011)" });
    expect(error.found).toContain("the first is at line 2");
  });

  it("a zero-byte file", async () => {
    const error = await failingBuild({ "gp-registrations.csv": "" });
    expectReadable(error, { file: "gp-registrations.csv" });
    expect(error.found).toBe("an empty file (0 bytes)");
  });

  it("a header with no data rows", async () => {
    const error = await failingBuild({ "gp-registrations.csv": `${REGISTRATIONS_HEADER}\r\n` });
    expectReadable(error, { file: "gp-registrations.csv", line: 2 });
  });

  it("a row with an extra comma (an unquoted name holding a comma)", async () => {
    const error = await failingBuild({
      "gp-registrations.csv": `${REGISTRATIONS_HEADER}\n${row("1")}\n\n${row("2", "E01000002").replace("RIVERSIDE SURGERY", "RIVERSIDE, SURGERY")}\n`,
    });
    expectReadable(error, { file: "gp-registrations.csv", line: 4 });
    expect(error.expected).toBe("7 comma-separated values, as in the header");
    expect(error.found).toBe("8 values");
  });

  it("an unclosed quote", async () => {
    const error = await failingBuild({
      "practices.csv": 'practice_code,practice_name,pcn_name\nA00001,"Riverside,North\nA00002,Hill,North\n',
    });
    expectReadable(error, { file: "practices.csv", line: 2 });
  });

  it("text that is not UTF-8", async () => {
    const latin1 = Buffer.concat([
      Buffer.from("practice_code,practice_name,pcn_name\nA00001,Riverside,North\nA00002,Caf"),
      Buffer.from([0xe9]),
      Buffer.from(",North\n"),
    ]);
    const error = await failingBuild({ "practices.csv": latin1 });
    expectReadable(error, { file: "practices.csv", line: 3 });
    expect(error.fix).toContain("CSV UTF-8");
  });

  it("a file the mapping says is registrations but whose header is not", async () => {
    const error = await failingBuild({
      "pipeline-inputs.json": JSON.stringify({ files: { "README.txt": "gp-registrations-by-lsoa" } }),
    });
    expectReadable(error, { file: "README.txt", line: 1, column: "PRACTICE_CODE" });
  });

  it("a required input that is absent altogether", async () => {
    const error = await failingBuild({ "practices.csv": null });
    expect(error.expected).toContain("practice to PCN to ICB map");
    expect(error.message).toContain("How to fix:");
  });
});

type FingertipsCells = Partial<Record<(typeof FINGERTIPS_EXPORT_COLUMNS)[number], string>>;

/** A Fingertips export (27 columns) of A00001's smoking prevalence, 60 of 400, with cells changed. */
const fingertipsExport = (...rows: FingertipsCells[]) => {
  const base: FingertipsCells = {
    "Indicator ID": "91547",
    "Indicator Name": "Smoking prevalence in adults (15+) - current smokers (QOF)",
    "Area Code": "A00001",
    "Area Type": "GPs",
    Sex: "Persons",
    Age: "15+ yrs",
    "Time period": "2023/24",
    Value: "15",
    Count: "60",
    Denominator: "400",
    "Time period Sortable": "20230000",
  };
  const line = (cells: FingertipsCells) =>
    FINGERTIPS_EXPORT_COLUMNS.map((column) => ({ ...base, ...cells })[column] ?? "");
  return [FINGERTIPS_EXPORT_COLUMNS, ...rows.map(line)].map((cells) => cells.join(",")).join("\r\n");
};

describe("bad input: Fingertips exports", () => {
  it("text in a value", async () => {
    const error = await failingBuild({
      "smoking.csv": fingertipsExport({}, { Value: "15%", "Area Code": "A00002" }),
    });
    expectReadable(error, { file: "smoking.csv", line: 3, column: "Value" });
    expect(error.found).toBe('"15%" (text, not a number)');
  });

  it("a negative count", async () => {
    const error = await failingBuild({ "smoking.csv": fingertipsExport({ Count: "-60" }) });
    expectReadable(error, { file: "smoking.csv", line: 2, column: "Count" });
    expect(error.found).toBe('"-60" (a negative number)');
  });

  it("a count above its denominator", async () => {
    const error = await failingBuild({
      "smoking.csv": fingertipsExport({}, { "Area Code": "A00002", Count: "500", Value: "125" }),
    });
    expectReadable(error, { file: "smoking.csv", line: 3, column: "Count" });
    expect(error.found).toBe("500 with Denominator 400");
  });

  it("a percentage that is not 100 × Count / Denominator", async () => {
    const error = await failingBuild({ "smoking.csv": fingertipsExport({ Value: "51" }) });
    expectReadable(error, { file: "smoking.csv", line: 2, column: "Value" });
    expect(error.expected).toContain("Value = 100 × Count / Denominator");
  });

  it("the same indicator, area, period, sex and age twice", async () => {
    const error = await failingBuild({ "smoking.csv": fingertipsExport({}, { "Area Code": "A00002" }, {}) });
    expectReadable(error, {
      file: "smoking.csv",
      line: 4,
      column: "Indicator ID + Area Code + Time period + Sex + Age + Category",
    });
    expect(error.found).toContain("the first is at line 2");
  });

  it("keys repeated in two kinds of file: the first kind's in the importers' order is reported", async () => {
    // The checks run side by side; whichever ends first, the IoD file (listed before Fingertips exports)
    // is the one named, as a run checking one kind after another would say.
    const error = await failingBuild({
      "iod-2019-file-7.csv":
        "LSOA code (2011),Index of Multiple Deprivation (IMD) Score\nE01000001,10\nE01000002,20\nE01000001,11\n",
      "smoking.csv": fingertipsExport({}, { "Area Code": "A00002" }, {}),
    });
    expectReadable(error, { file: "iod-2019-file-7.csv", line: 4, column: "LSOA code (2011)" });
  });

  it("two exports holding the same rows", async () => {
    const error = await failingBuild({
      "smoking-a.csv": fingertipsExport({}),
      "smoking-b.csv": fingertipsExport({}),
    });
    expectReadable(error, { file: "smoking-b.csv", line: 2 });
    expect(error.fix).toContain("two input files of the same kind overlap");
  });

  it("an empty Indicator ID that no other row's name supplies", async () => {
    const error = await failingBuild({
      "smoking.csv": fingertipsExport({}, { "Indicator ID": "", "Indicator Name": "Something else" }),
    });
    expectReadable(error, { file: "smoking.csv", line: 3, column: "Indicator ID" });
    expect(error.found).toBe('an empty cell, and no other row named "Something else" has an ID');
  });

  it("confidence limits in the wrong order", async () => {
    const error = await failingBuild({
      "smoking.csv": fingertipsExport({ "Lower CI 95.0 limit": "18.8", "Upper CI 95.0 limit": "11.8" }),
    });
    expectReadable(error, { file: "smoking.csv", line: 2, column: "Lower CI 95.0 limit" });
    expect(error.found).toBe("18.8 above 11.8");
  });

  it("a value outside its own limits", async () => {
    const error = await failingBuild({
      "smoking.csv": fingertipsExport({ "Lower CI 99.8 limit": "16", "Upper CI 99.8 limit": "20" }),
    });
    expectReadable(error, { file: "smoking.csv", line: 2, column: "Value" });
    expect(error.expected).toBe("a value inside its 99.8% confidence limits");
  });

  it("a time period with no year in it", async () => {
    const error = await failingBuild({
      "smoking.csv": fingertipsExport({ "Time period": "Q1", "Time period Sortable": "" }),
    });
    expectReadable(error, { file: "smoking.csv", line: 2, column: "Time period" });
    expect(error.found).toBe('"Q1"');
  });

  it("a misspelt heading names the column and the headings accepted", async () => {
    const error = await failingBuild({
      "smoking.csv": fingertipsExport({}).replace("Time period,", "Time periods,"),
    });
    expectReadable(error, { file: "smoking.csv", line: 1, column: "Time period" });
    expect(error.found).toContain('"Time periods"');
  });

  it("an area code in the wrong shape", async () => {
    const error = await failingBuild({ "smoking.csv": fingertipsExport({ "Area Code": "A00 001" }) });
    expectReadable(error, { file: "smoking.csv", line: 2, column: "Area Code" });
    expect(error.found).toBe('"A00 001" (a value in the wrong shape)');
  });

  it("text in a value of fingertipsR's short layout", async () => {
    const error = await failingBuild({
      "imd.csv":
        "IndicatorID,Year,AreaCode,AreaName,IsAreaCurrent,Value\n93553,2019,A00001,Riverside,1,n/a\n",
    });
    expectReadable(error, { file: "imd.csv", line: 2, column: "Value" });
    expect(error.found).toBe('"n/a" (text, not a number)');
  });
});

describe("a failure after output has started", () => {
  it("removes its temporary folder and leaves the previous build and pointer untouched", async () => {
    const inputs = harness.inputs();
    const brokenClock = () => {
      throw new Error("clock broke");
    };
    await expect(build({ inputs: [inputs.dir], outDir, now: brokenClock })).rejects.toThrow("clock broke");
    harness.expectOutputUnchanged();
  });
});

describe("input quirks handled without complaint", () => {
  it("CRLF line ends and a UTF-8 byte order mark give the same build as plain LF", async () => {
    const plain = tinyInputs();
    const excel = tinyInputs(
      Object.fromEntries(
        ["gp-registrations.csv", "iod-2019-file-7.csv", "practices.csv"].map((name) => [
          name,
          `\uFEFF${readFileSync(join(plain.dir, name), "utf8").replace(/\n/g, "\r\n")}`,
        ]),
      ),
    );
    const plainOut = mkdtempSync(join(tmpdir(), "pipeline-lf-"));
    const excelOut = mkdtempSync(join(tmpdir(), "pipeline-crlf-"));
    try {
      const a = await build({ inputs: [plain.dir], outDir: plainOut });
      const b = await build({ inputs: [excel.dir], outDir: excelOut });
      expect(b.tables).toEqual(a.tables);
      const parquet = (tree: Record<string, string>) =>
        Object.entries(tree)
          .filter(([name]) => name.endsWith(".parquet"))
          .map(([name, hash]) => [name.split("/").pop(), hash]);
      expect(parquet(snapshotTree(excelOut))).toEqual(parquet(snapshotTree(plainOut)));
    } finally {
      for (const dir of [plainOut, excelOut]) rmSync(dir, { recursive: true, force: true });
      plain.remove();
      excel.remove();
    }
  });

  it("a file whose header matches nothing is reported as ignored, with the reason", async () => {
    const inputs = harness.inputs({ "notes.csv": "Meeting,Date\nPPG,2024-05-01\n" });
    const result = await build({ inputs: [inputs.dir], outDir });
    expect(result.inputs).toContainEqual({
      file: join(inputs.dir, "notes.csv"),
      status: "ignored",
      reason: "header matches no known layout",
    });
    harness.acceptOutput();
  });
});
