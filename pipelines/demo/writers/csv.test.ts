import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvLine, writeCsv } from "./csv.ts";

describe("CSV writing", () => {
  it("quotes only fields that need it, doubling quotes", () => {
    expect(csvLine(["a", "b,c", 'say "hi"', ""])).toBe('a,"b,c","say ""hi""",\n');
  });

  it("streams header and rows and reports rows and bytes", () => {
    const path = join(mkdtempSync(join(tmpdir(), "demo-csv-")), "out.csv");
    const written = writeCsv(path, "out.csv", ["x", "y"], (emit) => {
      for (let i = 0; i < 3; i += 1) emit([String(i), "Café"]);
    });
    const text = readFileSync(path, "utf8");
    expect(text).toBe("x,y\n0,Café\n1,Café\n2,Café\n");
    expect(written).toEqual({ file: "out.csv", rows: 3, bytes: Buffer.byteLength(text) });
  });

  it("rejects a row whose width differs from the header, naming the file and row", () => {
    const path = join(mkdtempSync(join(tmpdir(), "demo-csv-")), "bad.csv");
    expect(() => writeCsv(path, "bad.csv", ["x", "y"], (emit) => emit(["1"]))).toThrow(
      "bad.csv: row 1 has 1 cells",
    );
  });
});
