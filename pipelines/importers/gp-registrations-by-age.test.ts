import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { TINY_POPULATION } from "../../tests/fixtures/pipeline/population-inputs.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { scratchFiles } from "../testing/scratch-files.ts";

const file = scratchFiles("gp-registrations-by-age-");

describe("gp-registrations-by-age importer", () => {
  it("loads the official layout: ALL rows kept for the check, 95+ as written", async () => {
    const imported = await importOneFile(join(TINY_POPULATION, "gp-reg-pat-prac-sing-age.csv"));
    try {
      expect(imported.kind).toBe("gp-registrations-by-age");
      expect(imported.result).toEqual({ rows: 28, periods: ["2024-04-01"] });
      expect(
        await imported.query(
          "SELECT sex, age, patients FROM registrations_by_age WHERE practice_code = 'A00001' AND sex = 'FEMALE' ORDER BY source_row",
        ),
      ).toEqual([
        { sex: "FEMALE", age: "ALL", patients: 200 },
        { sex: "FEMALE", age: "30", patients: 100 },
        { sex: "FEMALE", age: "65", patients: 60 },
        { sex: "FEMALE", age: "95+", patients: 40 },
      ]);
    } finally {
      imported.close();
    }
  });

  it("reads the sub-ICB headers of July 2022 onwards and keeps only GP rows", async () => {
    const path = file(
      "sub-icb.csv",
      "PUBLICATION,EXTRACT_DATE,ORG_TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,ORG_CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\r\n" +
        "GP_PRAC_PAT_LIST,2023-10-01,GP,00T,E38000001,P81003,BB1 1AA,MALE,07,12\r\n" +
        "GP_PRAC_PAT_LIST,2023-10-01,SUB_ICB,00T,E38000001,00T,,MALE,7,900\r\n",
    );
    const imported = await importOneFile(path);
    try {
      expect(imported.result.periods).toEqual(["2023-10-01"]);
      expect(await imported.query("SELECT practice_code, age, patients FROM registrations_by_age")).toEqual([
        { practice_code: "P81003", age: "7", patients: 12 },
      ]);
    } finally {
      imported.close();
    }
  });

  it("reads the reshaped layout EXTRACT_DATE,ORG_CODE,SEX,AGE,NUMBER_OF_PATIENTS", async () => {
    const path = file(
      "reshaped.csv",
      "EXTRACT_DATE,ORG_CODE,SEX,AGE,NUMBER_OF_PATIENTS\n01APR2020,P81005,MALE,0,65\n01APR2020,P81005,FEMALE,95+,3\n",
    );
    const imported = await importOneFile(path);
    try {
      expect(imported.result).toEqual({ rows: 2, periods: ["2020-04-01"] });
    } finally {
      imported.close();
    }
  });

  it("rejects an ALL row that is not the sum of its single ages, at the ALL row", async () => {
    const path = file(
      "bad-total.csv",
      "EXTRACT_DATE,ORG_CODE,SEX,AGE,NUMBER_OF_PATIENTS\n01APR2020,P81005,MALE,0,65\n01APR2020,P81005,MALE,ALL,66\n01APR2020,P81005,MALE,1,2\n",
    );
    const error = await importOneFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PipelineInputError);
    expect(error).toMatchObject({ line: 3, column: "NUMBER_OF_PATIENTS", found: "66" });
    expect((error as PipelineInputError).expected).toContain("67");
  });

  it("rejects an age that is not one", async () => {
    const path = file(
      "bad-age.csv",
      "EXTRACT_DATE,ORG_CODE,SEX,AGE,NUMBER_OF_PATIENTS\n01APR2020,P81005,MALE,0,65\n01APR2020,P81005,MALE,121,1\n",
    );
    await expect(importOneFile(path)).rejects.toMatchObject({
      line: 3,
      column: "AGE",
      found: '"121" (an age above 120)',
    });
  });
});
