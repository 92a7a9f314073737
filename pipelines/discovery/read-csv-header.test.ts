import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCsvHeader, splitCsvRecord } from "./read-csv-header.ts";

const dir = mkdtempSync(join(tmpdir(), "read-csv-header-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("readCsvHeader", () => {
  it("reads the headings of the first line", async () => {
    expect(await readCsvHeader(file("plain.csv", "a,b,c\n1,2,3\n"))).toEqual({
      status: "header",
      fields: ["a", "b", "c"],
    });
  });

  it("ignores a UTF-8 byte order mark and CRLF line ends (Excel's 'CSV UTF-8')", async () => {
    const path = file(
      "excel.csv",
      "\uFEFFLSOA code (2011),Index of Multiple Deprivation (IMD) Score\r\nE01000001,1\r\n",
    );
    expect(await readCsvHeader(path)).toEqual({
      status: "header",
      fields: ["LSOA code (2011)", "Index of Multiple Deprivation (IMD) Score"],
    });
  });

  it("keeps commas and doubled quotes inside quoted headings", async () => {
    const path = file("quoted.csv", '"Rank, where 1 is ""most"" deprived",b\n');
    expect(await readCsvHeader(path)).toEqual({
      status: "header",
      fields: ['Rank, where 1 is "most" deprived', "b"],
    });
  });

  it("says when a file has no header or is not text", async () => {
    expect(await readCsvHeader(file("blank.csv", "\n\n"))).toEqual({ status: "empty" });
    expect(
      (await readCsvHeader(file("book.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).status,
    ).toBe("not-text");
    const utf16 = await readCsvHeader(file("unicode.txt", new Uint8Array([0xff, 0xfe, 0x61, 0x00])));
    expect(utf16).toMatchObject({ status: "not-text", reason: expect.stringContaining("UTF-16") });
  });
});

describe("splitCsvRecord", () => {
  it("keeps empty fields, including a trailing one", () => {
    expect(splitCsvRecord("a,,b,")).toEqual(["a", "", "b", ""]);
  });
});
