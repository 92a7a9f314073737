import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { TINY_POPULATION } from "../../tests/fixtures/pipeline/population-inputs.ts";

describe("IoD 2019 deciles (long layout)", () => {
  it("reads national deciles per domain, IDAOPI included", async () => {
    const imported = await importOneFile(join(TINY_POPULATION, "imd2019-domain-deciles-lsoa.csv"));
    try {
      expect(imported.kind).toBe("iod-2019-deciles");
      expect(imported.result).toEqual({ rows: 7, periods: ["2019"] });
      expect(
        await imported.query(
          "SELECT domain, lsoa_code, decile FROM lsoa_deciles WHERE lsoa_code = 'E01000001' ORDER BY domain",
        ),
      ).toEqual([
        { domain: "idaopi", lsoa_code: "E01000001", decile: 2 },
        { domain: "imd", lsoa_code: "E01000001", decile: 1 },
      ]);
    } finally {
      imported.close();
    }
  });
});
