import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importOneFile } from "../../../tests/fixtures/pipeline/import-one-file.ts";
import { TINY_POPULATION } from "../../../tests/fixtures/pipeline/population-inputs.ts";
import { importAndQuery } from "../../testing/import-and-query.ts";
import { scratchFiles } from "../../testing/scratch-files.ts";

const file = scratchFiles("census-2021-");

const counts = (path: string) =>
  importAndQuery(
    path,
    "SELECT table_id, lsoa_code, category, value FROM census_counts ORDER BY lsoa_code, category",
  );

describe("Census 2021 importers", () => {
  it("reads the Nomis bulk layout, one count per LSOA and category column present", async () => {
    const { kind, result, rows } = await counts(join(TINY_POPULATION, "census2021-ts003-lsoa.csv"));
    expect(kind).toBe("census-2021-nomis");
    expect(result).toEqual({ rows: 7, periods: ["2021"] });
    expect(rows.slice(0, 2)).toEqual([
      { table_id: "TS003", lsoa_code: "E01000001", category: "one_person_66plus", value: 10 },
      { table_id: "TS003", lsoa_code: "E01000001", category: "total", value: 100 },
    ]);
  });

  it("accepts Nomis headings without '; measures: Value'", async () => {
    const { rows } = await counts(
      file(
        "ts045.csv",
        "date,geography,geography code,Number of cars or vans: Total: All households,Number of cars or vans: No cars or vans in household,Number of cars or vans: 1 car or van in household,Number of cars or vans: 2 cars or vans in household,Number of cars or vans: 3 or more cars or vans in household\n2021,A 001A,E01000001,10,4,3,2,1\n",
      ),
    );
    expect(rows.map((row) => row.category)).toEqual(["none", "one", "three_plus", "total", "two"]);
  });

  it("reads the tidy layout with the category in its own column, dropping percentage rows", async () => {
    const { kind, rows } = await counts(
      file(
        "health.csv",
        "area_code,area_name,geography,period,indicator,general_health,measure,unit,value\n" +
          ["Very good health", "Good health", "Fair health", "Bad health", "Very bad health"]
            .flatMap((category, index) => [
              `E01000001,A 001A,LSOA,2021-03-21,Estimates of general health,${category},Count,Persons,${10 + index}`,
              `E01000001,A 001A,LSOA,2021-03-21,Estimates of general health,${category},Percent,Persons,20.5`,
            ])
            .join("\n"),
      ),
    );
    expect(kind).toBe("census-2021-tidy");
    expect(rows).toHaveLength(5);
    expect(rows.find((row) => row.category === "very_bad")?.value).toBe(14);
  });

  it("reads the tidy layout with the category in `indicator` (TS003), punctuation aside", async () => {
    const { rows } = await counts(
      file(
        "households.csv",
        'area_code,area_name,geography,period,indicator,measure,unit,value\nE01000001,A,LSOA,2021-03-21,One-person household: Aged 66 years and over,Count,Households,5\nE01000001,A,LSOA,2021-03-21,"Other household types: Other, including all full-time students and all aged 66 years and over",Count,Households,7\nE01000001,A,LSOA,2021-03-21,Total,Count,Households,50\n',
      ),
    );
    expect(rows.map((row) => row.category)).toEqual(["one_person_66plus", "other_types_other", "total"]);
  });

  it("names a table it does not read", async () => {
    const path = file(
      "religion.csv",
      "area_code,area_name,geography,period,indicator,measure,unit,value\nE01000001,A,LSOA,2021,No religion,Count,Persons,5\n",
    );
    await expect(importOneFile(path)).rejects.toMatchObject({
      line: 2,
      column: "indicator",
      found: '"No religion"',
      expected: expect.stringContaining("TS003 Household composition"),
    });
  });
});
