import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDemoBuild } from "../../tests/setup/demo-data";
import { DERIVED_TABLES } from "./derived-tables";
import { openNodeEngine } from "./engine.server";
import { ENGLAND_AREA_CODE, practiceAgeSexQuery } from "./queries/practice-age-sex";
import { practiceAssetsQuery, practiceSupplyQuery } from "./queries/practice-assets";
import { normaliseRow, type SqlEngine } from "./query";
import { BUILD_TABLES } from "./tables";

/** The ranking a practice page made for itself before the table was derived: the oracle. */
const rankedForOnePractice = `
  SELECT theme, asset_id, name, category, address, patient_share FROM (
    SELECT t.theme, s.asset_id, s.name, s.category, s.address, pl.weight AS patient_share,
           row_number() OVER (PARTITION BY t.theme ORDER BY pl.weight DESC, s.name) AS rank
    FROM practice_lsoa pl
    JOIN assets s ON s.lsoa_code = pl.lsoa_code
    JOIN asset_themes t ON t.asset_id = s.asset_id
    WHERE pl.practice_code = $1
  ) ranked
  WHERE rank <= 3
  ORDER BY theme, patient_share DESC, name`;

/** What a practice page asked for itself before practice_supply_by_theme was derived: the oracle. */
const supplyForOnePractice = `
  SELECT t.theme, t.label, s.assets_contributing, s.per_10k, s.supply_percentile
  FROM themes t
  LEFT JOIN practice_theme_supply s ON s.theme = t.theme AND s.practice_code = $1
  ORDER BY t.sort_order, t.theme`;

/** A practice's age bands as a page worked them out before age_sex_shares was derived: the oracle. */
const ageSexForOnePractice = `
  WITH wanted AS (
    SELECT * FROM age_sex WHERE area_code = $1 AND area_type = 'practice'
    UNION ALL SELECT * FROM age_sex WHERE area_code = $2::VARCHAR AND area_type = 'pcn'
    UNION ALL SELECT * FROM age_sex WHERE area_code = $3::VARCHAR AND area_type = 'icb'
    UNION ALL SELECT * FROM age_sex WHERE area_code = $4::VARCHAR AND area_type = 'england'
  ),
  bands AS (
    SELECT area_type, area_code, sex, age_band, patients::DOUBLE AS patients,
           CAST(regexp_extract(age_band, '^[0-9]+') AS INTEGER) AS age_start
    FROM wanted
    WHERE sex IN ('male', 'female')
  )
  SELECT b.area_type, a.area_name, b.sex, b.age_band, b.age_start, b.patients,
         100 * b.patients / sum(b.patients) OVER (PARTITION BY b.area_type) AS share
  FROM bands b JOIN areas a ON a.area_code = b.area_code AND a.area_type = b.area_type
  ORDER BY CASE b.area_type WHEN 'practice' THEN 0 WHEN 'pcn' THEN 1 WHEN 'icb' THEN 2 ELSE 3 END,
    b.age_start, b.sex`;

describe("derived tables", () => {
  it("are made only from tables the pipeline writes", () => {
    for (const { from } of Object.values(DERIVED_TABLES)) {
      for (const table of from) expect(BUILD_TABLES).toContain(table);
    }
  });

  describe("on the demo build", () => {
    let root: string;
    let engine: SqlEngine & { close(): void };
    beforeAll(async () => {
      const build = await makeDemoBuild();
      root = build.root;
      engine = await openNodeEngine(build.buildDir);
    });
    afterAll(() => {
      engine?.close();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    const practiceCodes = async () =>
      (
        await engine.all({
          text: "SELECT area_code FROM areas WHERE area_type = 'practice' ORDER BY area_code",
          values: [],
        })
      ).map(({ area_code }) => String(area_code));

    it("practice_top_assets gives every practice the assets ranking its own catchment gives", async () => {
      const practices = (await practiceCodes()).map((area_code) => ({ area_code }));
      let rows = 0;
      for (const { area_code } of practices) {
        const expected = (await engine.all({ text: rankedForOnePractice, values: [String(area_code)] })).map(
          normaliseRow,
        );
        const derived = (await engine.all(practiceAssetsQuery.sql({ practice: String(area_code) }))).map(
          normaliseRow,
        );
        expect(derived).toEqual(expected);
        rows += derived.length;
      }
      expect(rows).toBeGreaterThan(0);
    });

    it("age_sex_shares gives every practice, its PCN, ICB and England the shares a page worked out itself", async () => {
      const areas = await engine.all({
        text: "SELECT area_code, pcn_code, icb_code FROM areas WHERE area_type = 'practice' ORDER BY area_code",
        values: [],
      });
      const typesSeen = new Set<unknown>();
      for (const { area_code, pcn_code, icb_code } of areas) {
        for (const englandCode of [null, ENGLAND_AREA_CODE]) {
          const values = [
            String(area_code),
            pcn_code as string | null,
            icb_code as string | null,
            englandCode,
          ];
          const expected = (await engine.all({ text: ageSexForOnePractice, values })).map(normaliseRow);
          const derived = (
            await engine.all(
              practiceAgeSexQuery.sql({
                practice: String(area_code),
                pcnCode: pcn_code as string | null,
                icbCode: icb_code as string | null,
                englandCode,
              }),
            )
          ).map(normaliseRow);
          expect(derived).toEqual(expected);
          for (const row of derived) typesSeen.add(row.area_type);
        }
      }
      // The comparison covered the practices' own bands and their PCNs' and ICBs', not empty answers.
      expect([...typesSeen]).toEqual(expect.arrayContaining(["practice", "pcn", "icb"]));
    });

    it("practice_supply_by_theme gives every practice each theme's supply as joining them per page did", async () => {
      let supplied = 0;
      for (const practice of await practiceCodes()) {
        const expected = (await engine.all({ text: supplyForOnePractice, values: [practice] })).map(
          normaliseRow,
        );
        const derived = (await engine.all(practiceSupplyQuery.sql({ practice }))).map(normaliseRow);
        expect(derived).toEqual(expected);
        supplied += derived.filter((row) => row.per_10k !== null).length;
      }
      // Some practices have assets: the comparison covered supplied themes, not only empty ones.
      expect(supplied).toBeGreaterThan(0);
    });
  });
});
