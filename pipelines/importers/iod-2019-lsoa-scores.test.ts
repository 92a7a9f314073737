import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { TINY_INPUTS } from "../../tests/fixtures/pipeline/tiny-inputs.ts";
import { scratchFiles } from "../testing/scratch-files.ts";

const file = scratchFiles("iod-scores-");

describe("iod-2019-lsoa-scores importer", () => {
  it("reads File 7 scores, turning '(rate)' domains into percentages", async () => {
    const imported = await importOneFile(join(TINY_INPUTS, "iod-2019-file-7.csv"));
    try {
      expect(imported.result).toEqual({ rows: 6, periods: ["2019"] });
      expect(
        await imported.query(
          "SELECT measure_id, value FROM lsoa_scores WHERE lsoa_code = 'E01000002' ORDER BY measure_id",
        ),
      ).toEqual([
        { measure_id: "employment_score", value: 8 },
        { measure_id: "idaopi_score", value: 12 },
        { measure_id: "imd_score", value: 20 },
        { measure_id: "income_score", value: 10 },
      ]);
    } finally {
      imported.close();
    }
  });

  it("reads the mySociety layout (lsoa,imd_score,…) whose domain scores are already percentages", async () => {
    const imported = await importOneFile(
      file("composite.csv", "lsoa,imd_score,income_score,employment_score\nE01021988,92.735,56.9,53.4\n"),
    );
    try {
      expect(await imported.query("SELECT measure_id, value FROM lsoa_scores ORDER BY measure_id")).toEqual([
        { measure_id: "employment_score", value: 53.4 },
        { measure_id: "imd_score", value: 92.735 },
        { measure_id: "income_score", value: 56.9 },
      ]);
    } finally {
      imported.close();
    }
  });

  it("refuses rates under a percentage heading rather than make everyone 100 times less deprived", async () => {
    const rows = Array.from(
      { length: 12 },
      (_, index) => `E010000${String(index).padStart(2, "0")},${10 + index},0.${index + 10}`,
    );
    const path = file("rates.csv", `lsoa,imd_score,income_score\n${rows.join("\n")}\n`);
    await expect(importOneFile(path)).rejects.toMatchObject({
      line: 1,
      column: "income_score",
      fix: expect.stringContaining('"Income Score (rate)"'),
    });
  });

  it("refuses a rate above 1 in a '(rate)' column", async () => {
    const path = file(
      "bad-rate.csv",
      "LSOA code (2011),Index of Multiple Deprivation (IMD) Score,Income Score (rate)\nE01000001,10,0.2\nE01000002,12,15\n",
    );
    await expect(importOneFile(path)).rejects.toMatchObject({
      line: 3,
      column: "Income Score (rate)",
      found: '"15" (a number outside 0 to 1)',
    });
  });
});
