import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { TINY_INPUTS } from "../../tests/fixtures/pipeline/tiny-inputs.ts";
import { scratchFiles } from "../testing/scratch-files.ts";

const file = scratchFiles("practice-map-");
const columns = "practice_code, practice_name, pcn_code, pcn_name, icb_code, icb_name";

describe("practice-network-map importer", () => {
  it("reads the project's template layout as given", async () => {
    const imported = await importOneFile(join(TINY_INPUTS, "practices.csv"));
    try {
      expect(imported.result).toEqual({ rows: 4, periods: [] });
      expect((await imported.query(`SELECT ${columns} FROM practice_map ORDER BY source_row`))[0]).toEqual({
        practice_code: "A00001",
        practice_name: "Riverside Surgery",
        pcn_code: "U00001",
        pcn_name: "North PCN",
        icb_code: "QAA",
        icb_name: "Testshire ICB",
      });
    } finally {
      imported.close();
    }
  });

  it("reads a names-only local list (PCode,Practice Name,PCN,CCG), making stable codes from names", async () => {
    const path = file(
      "local.csv",
      "PCode,Practice Name,PCN,CCG\nP81008,YORKSHIRE STREET,Burnley East PCN,E Lancs\nP81035,COLNE ROAD,BURNLEY  EAST pcn,E Lancs\n",
    );
    const imported = await importOneFile(path);
    try {
      expect(await imported.query(`SELECT ${columns} FROM practice_map ORDER BY source_row`)).toEqual([
        {
          practice_code: "P81008",
          practice_name: "YORKSHIRE STREET",
          pcn_code: "BURNLEY-EAST-PCN",
          pcn_name: "Burnley East PCN",
          icb_code: "E-LANCS",
          icb_name: "E Lancs",
        },
        {
          practice_code: "P81035",
          practice_name: "COLNE ROAD",
          pcn_code: "BURNLEY-EAST-PCN",
          pcn_name: "BURNLEY  EAST pcn",
          icb_code: "E-LANCS",
          icb_name: "E Lancs",
        },
      ]);
    } finally {
      imported.close();
    }
  });

  it("rejects a PCN placed in two ICBs", async () => {
    const path = file("split.csv", "practice_code,pcn_code,icb_code\nA00001,U1,QAA\nA00002,U1,QBB\n");
    await expect(importOneFile(path)).rejects.toMatchObject({
      line: 3,
      column: "icb_code",
      expected: "every practice of PCN U1 in the same ICB",
    });
  });

  it("rejects a practice listed twice", async () => {
    const path = file("twice.csv", "practice_code,pcn_name\nA00001,North\nA00001,South\n");
    await expect(importOneFile(path)).rejects.toMatchObject({ line: 3, column: "practice_code" });
  });
});
