import { describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { writeXlsx } from "../../tests/fixtures/pipeline/write-xlsx.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { importAndQuery } from "../testing/import-and-query.ts";
import { scratchFiles } from "../testing/scratch-files.ts";

const scratch = scratchFiles("epcn-");
const workbook = (name: string, sheets: Parameters<typeof writeXlsx>[0]) => scratch(name, writeXlsx(sheets));

const PCN_DETAILS = [
  ["PCN Code", "PCN Name", "Current Clinical Commissioning Group Code", "Clinical Commissioning Group Name"],
  ["U00001", "NORTH PCN", "00Q", "NHS BLACKBURN WITH DARWEN CCG"],
];
const PARTNERS_2020 = [
  "Partner Organisation Code",
  "Partner Name",
  "Practice Parent CCG Code",
  "Practice Parent CCG Name",
  "PCN Code",
  "PCN Name",
  "PCN Parent CCG Code",
  "PCN Parent CCG Name",
  "Practice to PCN Relationship Start Date",
  "Practice to PCN Relationship End Date",
];

const practiceMap = (path: string) =>
  importAndQuery(
    path,
    "SELECT practice_code, practice_name, pcn_code, pcn_name, icb_code, icb_name FROM practice_map ORDER BY practice_code",
  );

describe("ePCN workbook importer", () => {
  it("reads PCN Core Partner Details (2020 edition), leaving out ended relationships", async () => {
    const path = workbook("ePCN.xlsx", {
      "PCN Details": PCN_DETAILS,
      "PCN Core Partner Details": [
        PARTNERS_2020,
        [
          "P81002",
          "PARK SURGERY",
          "00Q",
          "NHS BwD CCG",
          "U00001",
          "NORTH PCN",
          "00Q",
          "NHS BwD CCG",
          20190701,
          null,
        ],
        [
          "P81003",
          "MILL & CO",
          "00Q",
          "NHS BwD CCG",
          "U00002",
          "OLD PCN",
          "00Q",
          "NHS BwD CCG",
          20190701,
          20200331,
        ],
        [
          "P81003",
          "MILL & CO",
          "00Q",
          "NHS BwD CCG",
          "U00001",
          "NORTH PCN",
          "00Q",
          "NHS BwD CCG",
          20200401,
          null,
        ],
      ],
    });
    const { kind, result, rows } = await practiceMap(path);
    expect(kind).toBe("epcn-workbook");
    expect(result).toEqual({
      rows: 3,
      periods: [],
      notes: ["1 ended practice-to-PCN relationships left out"],
    });
    expect(rows).toEqual([
      {
        practice_code: "P81002",
        practice_name: "PARK SURGERY",
        pcn_code: "U00001",
        pcn_name: "NORTH PCN",
        icb_code: "00Q",
        icb_name: "NHS BwD CCG",
      },
      {
        practice_code: "P81003",
        practice_name: "MILL & CO",
        pcn_code: "U00001",
        pcn_name: "NORTH PCN",
        icb_code: "00Q",
        icb_name: "NHS BwD CCG",
      },
    ]);
  });

  it("finds renamed sheets and sub-ICB columns of newer editions by their headers", async () => {
    const path = workbook("epcn-2024.xlsx", {
      PCNDetails: PCN_DETAILS,
      PCNCorePartnerDetails: [
        [
          "Partner Organisation Code",
          "Partner Name",
          "Practice Parent Sub ICB Location Code",
          "Practice Parent Sub ICB Location Name",
          "PCN Code",
          "PCN Name",
          "PCN Parent Sub ICB Location Code",
          "PCN Parent Sub ICB Location Name",
          "Practice to PCN Relationship Start Date",
          "Practice to PCN Relationship End Date",
        ],
        [
          "P81002",
          "PARK SURGERY",
          "00Q",
          "BwD",
          "U00001",
          "NORTH PCN",
          "00Q",
          "NHS LSC ICB - 00Q",
          20190701,
          null,
        ],
      ],
    });
    const { rows } = await practiceMap(path);
    expect(rows).toEqual([expect.objectContaining({ icb_code: "00Q", icb_name: "NHS LSC ICB - 00Q" })]);
  });

  it("names the sheet, row and heading of a bad cell", async () => {
    const path = workbook("bad.xlsx", {
      "PCN Core Partner Details": [
        PARTNERS_2020,
        ["P81002", "PARK SURGERY", "00Q", "x", "U00001", "NORTH PCN", "00Q", "x", 20190701, null],
        ["P8100", "SHORT CODE", "00Q", "x", "U00001", "NORTH PCN", "00Q", "x", 20190701, null],
      ],
    });
    const error = await importOneFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PipelineInputError);
    expect(error).toMatchObject({
      line: 3,
      column: 'Partner Organisation Code (sheet "PCN Core Partner Details")',
      found: '"P8100" (a value in the wrong shape)',
    });
  });

  it("rejects a practice with two current PCNs", async () => {
    const path = workbook("twice.xlsx", {
      "PCN Core Partner Details": [
        PARTNERS_2020,
        ["P81002", "PARK", "00Q", "x", "U00001", "NORTH PCN", "00Q", "x", 20190701, null],
        ["P81002", "PARK", "00Q", "x", "U00002", "SOUTH PCN", "00Q", "x", 20190701, null],
      ],
    });
    await expect(importOneFile(path)).rejects.toMatchObject({
      line: 3,
      found: "a second current row for P81002 (the first is at row 2)",
    });
  });
});
