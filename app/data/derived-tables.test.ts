import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDemoBuild } from "../../tests/setup/demo-data";
import { DERIVED_TABLES } from "./derived-tables";
import { openNodeEngine } from "./engine.server";
import { practiceAssetsQuery } from "./queries/practice-assets";
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

describe("derived tables", () => {
  it("are made only from tables the pipeline writes", () => {
    for (const { from } of Object.values(DERIVED_TABLES)) {
      for (const table of from) expect(BUILD_TABLES).toContain(table);
    }
  });

  describe("practice_top_assets on the demo build", () => {
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

    it("gives every practice the assets ranking its own catchment gives", async () => {
      const practices = await engine.all({
        text: "SELECT area_code FROM areas WHERE area_type = 'practice' ORDER BY area_code",
        values: [],
      });
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
  });
});
