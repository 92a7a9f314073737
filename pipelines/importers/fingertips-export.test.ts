import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { scratchFiles } from "../testing/scratch-files.ts";
import { FINGERTIPS_EXPORT_COLUMNS } from "./fingertips-export-columns.ts";

const FINGERTIPS = new URL("../../tests/fixtures/pipeline/fingertips/", import.meta.url).pathname;
const file = scratchFiles("fingertips-export-");

const EXPORT_HEADER = FINGERTIPS_EXPORT_COLUMNS.join(",");

describe("fingertips-export importer", () => {
  it("reads the 27-column export, keeping category rows for the key check and noting them", async () => {
    const imported = await importOneFile(join(FINGERTIPS, "smoking-qof.csv"));
    try {
      expect(imported.kind).toBe("fingertips-export");
      expect(imported.result.rows).toBe(20);
      expect(imported.result.periods).toEqual(["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]);
      expect(imported.result.notes).toEqual([
        '1 row for categories ignored (e.g. "District & UA deprivation deciles in England (IMD2019, 4/19 geog.)"): only whole-area values are used',
      ]);
      expect(
        await imported.query(
          "SELECT fingertips_id, area_code, period, period_order, value, lower95, upper998, count, denominator FROM fingertips_rows WHERE area_code = 'A00002' AND period = '2023/24'",
        ),
      ).toEqual([
        {
          fingertips_id: 91547,
          area_code: "A00002",
          period: "2023/24",
          period_order: 20230000,
          value: 10,
          lower95: 7.4,
          upper998: 14.6,
          count: 40,
          denominator: 400,
        },
      ]);
    } finally {
      imported.close();
    }
  });

  it("reads fingertipsR's short layout, ordering periods by year", async () => {
    const imported = await importOneFile(join(FINGERTIPS, "practice-imd-fingertipsr.csv"));
    try {
      expect(imported.result).toEqual({ rows: 7, periods: ["2015", "2019"], notes: [] });
      expect(
        await imported.query(
          "SELECT value, count FROM fingertips_rows WHERE area_code = 'E92000001' AND period = '2019'",
        ),
      ).toEqual([{ value: 21.67, count: null }]);
    } finally {
      imported.close();
    }
  });

  it("reads fingertipsR's full layout and notes an indicator it has no definition for", async () => {
    const imported = await importOneFile(join(FINGERTIPS, "flu-vaccination-fingertipsr.csv"));
    try {
      expect(imported.result.notes).toEqual([
        'Fingertips indicator 90000 ("Population vaccination coverage: Flu (aged 65 and over)") has no definition in this product: imported as fingertips_90000, as published',
      ]);
    } finally {
      imported.close();
    }
  });

  it("takes an empty Indicator ID from the rows with the same name, and accepts weighted denominators", async () => {
    const path = file(
      "appended-year.csv",
      `${EXPORT_HEADER}
91547,Smoking (QOF),,,E92000001,England,England,Persons,15+ yrs,,,2013/14,19.17076526,19.15946674,19.18206886,,,8935216,46608551.5,,,Not compared,Not compared,20130000,,,1y
,Smoking (QOF),,,P81003,St James,GPs,,,,,2023/24,10.60106518,,,,,836,7886,,,,,,,,
`,
    );
    const imported = await importOneFile(path);
    try {
      expect(imported.result.notes).toEqual([
        "1 row with no Indicator ID: taken as 91547 from the rows with the same Indicator Name",
      ]);
      expect(
        await imported.query(
          "SELECT fingertips_id, period_order, denominator FROM fingertips_rows ORDER BY source_row",
        ),
      ).toEqual([
        { fingertips_id: 91547, period_order: 20130000, denominator: 46608551.5 },
        // No sortable period: the year in the label places it.
        { fingertips_id: 91547, period_order: 20230000, denominator: 7886 },
      ]);
    } finally {
      imported.close();
    }
  });

  it("notes a known Indicator ID exported under another indicator's name", async () => {
    const path = file(
      "mislabelled.csv",
      "IndicatorID,IndicatorName,AreaCode,Timeperiod,Value,Count,Denominator\n92876,Obesity: QOF prevalence (18+ yrs),A00001,2022/23,10,10,100\n",
    );
    const imported = await importOneFile(path);
    try {
      expect(imported.result.notes?.[0]).toContain(
        'Indicator ID 92876 is named "Obesity: QOF prevalence (18+ yrs)" here, which does not look like ndh_prevalence',
      );
    } finally {
      imported.close();
    }
  });
});
