import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { locateCsvLine } from "./locate-csv-line.ts";

const dir = mkdtempSync(join(tmpdir(), "locate-csv-line-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Physical lines: 1 header, 2 "1,x", 3 blank, 4-5 a quoted value over two lines, 6 "3,w", 7 "4,q".
const path = join(dir, "t.csv");
writeFileSync(path, '\uFEFFa,b\r\n1,x\r\n\r\n2,"y\r\nz"\r\n3,w\r\n4,q\r\n');

describe("locateCsvLine", () => {
  it("finds the physical line of a data row, skipping blank lines like DuckDB", async () => {
    expect(await locateCsvLine(path, { dataRow: 0 })).toBe(2);
    expect(await locateCsvLine(path, { dataRow: 1 })).toBe(4);
    expect(await locateCsvLine(path, { dataRow: 2 })).toBe(6);
    expect(await locateCsvLine(path, { dataRow: 3 })).toBe(7);
    expect(await locateCsvLine(path, { dataRow: 4 })).toBeUndefined();
  });

  it("maps DuckDB's reject line numbers (blank lines counted, quoted line breaks not) to physical lines", async () => {
    expect(await locateCsvLine(path, { duckdbLine: 4 })).toBe(4);
    expect(await locateCsvLine(path, { duckdbLine: 6 })).toBe(7);
  });
});
