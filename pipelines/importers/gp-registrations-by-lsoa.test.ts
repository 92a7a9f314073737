import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { TINY_INPUTS } from "../../tests/fixtures/pipeline/tiny-inputs.ts";
import { scratchFiles } from "../testing/scratch-files.ts";

const file = scratchFiles("gp-registrations-");

describe("gp-registrations-by-lsoa importer", () => {
  it("loads the official layout with its extract date as the period", async () => {
    const imported = await importOneFile(join(TINY_INPUTS, "gp-registrations.csv"));
    try {
      expect(imported.kind).toBe("gp-registrations-by-lsoa");
      expect(imported.result).toEqual({ rows: 10, periods: ["2024-04-01"] });
      const rows = await imported.query(
        "SELECT practice_code, lsoa_code, sex, patients FROM registrations WHERE practice_code = 'A00003' ORDER BY source_row",
      );
      // NHS Digital's NO2021 (no known LSOA) is kept, as NULL, so the list size stays whole.
      expect(rows).toEqual([
        { practice_code: "A00003", lsoa_code: "E01000004", sex: "ALL", patients: 500 },
        { practice_code: "A00003", lsoa_code: null, sex: "ALL", patients: 10 },
      ]);
    } finally {
      imported.close();
    }
  });

  it("accepts older releases: 'Number of Patients', no SEX column, CRLF and a byte order mark", async () => {
    const path = file(
      "older.csv",
      "\uFEFFEXTRACT_DATE,PRACTICE_CODE,LSOA_CODE,Number of Patients\r\n01JAN2019,p81003,e01012345,12\r\n01JAN2019,P81003,E01012346, 7 \r\n",
    );
    const imported = await importOneFile(path);
    try {
      expect(imported.result).toEqual({ rows: 2, periods: ["2019-01-01"] });
      expect(
        await imported.query(
          "SELECT practice_code, lsoa_code, sex, patients FROM registrations ORDER BY source_row",
        ),
      ).toEqual([
        { practice_code: "P81003", lsoa_code: "E01012345", sex: "ALL", patients: 12 },
        { practice_code: "P81003", lsoa_code: "E01012346", sex: "ALL", patients: 7 },
      ]);
    } finally {
      imported.close();
    }
  });

  it("rejects the same practice, LSOA and sex twice, naming both lines", async () => {
    const path = file(
      "twice.csv",
      "PRACTICE_CODE,LSOA_CODE,SEX,NUMBER_OF_PATIENTS\nP81003,E01012345,ALL,1\nP81003,E01012346,ALL,2\nP81003,E01012345,ALL,3\n",
    );
    await expect(importOneFile(path)).rejects.toMatchObject({
      file: path,
      line: 4,
      column: "EXTRACT_DATE + PRACTICE_CODE + LSOA_CODE + SEX",
      found: expect.stringContaining("the first is at line 2"),
    });
  });
});
