import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, formatCsv, parseCsv } from "./csv.ts";

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, embedded commas and line breaks, with each record's starting line", () => {
    const table = parseCsv('name,note\r\n"Smith, J","said ""hi""\r\nthen left"\r\nJones,ok\r\n');
    expect(table.header).toEqual(["name", "note"]);
    expect(table.rows).toEqual([
      { line: 2, fields: ["Smith, J", 'said "hi"\r\nthen left'] },
      { line: 4, fields: ["Jones", "ok"] },
    ]);
  });

  it("strips a byte-order mark, accepts LF, skips blank lines and a missing final newline", () => {
    const table = parseCsv("\uFEFFa,b\n1,2\n\n3,4");
    expect(table.header).toEqual(["a", "b"]);
    expect(table.rows).toEqual([
      { line: 2, fields: ["1", "2"] },
      { line: 4, fields: ["3", "4"] },
    ]);
  });

  it("keeps empty fields", () => {
    expect(parseCsv("a,b,c\n,,\n").rows[0]?.fields).toEqual(["", "", ""]);
  });

  it("reports broken quoting with its line", () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open\n')).toThrow(/never closed/);
    const error = (() => {
      try {
        parseCsv('a,b\n1,2\n"x"y,3\n');
      } catch (caught) {
        return caught as CsvSyntaxError;
      }
    })();
    expect(error?.line).toBe(3);
    expect(() => parseCsv('a\nsay "hi"\n')).toThrow(/must be enclosed in double quotes/);
    expect(() => parseCsv("")).toThrow(/empty/);
  });
});

describe("formatCsv", () => {
  it("quotes only fields that need it and ends records with CRLF", () => {
    expect(
      formatCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["plain", "line\nbreak"],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\nplain,"line\nbreak"\r\n');
  });

  it("round-trips any table through parseCsv", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "é") });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(field, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
        (width, cells) => {
          const header = ["h1", "h2", "h3", "h4"].slice(0, width);
          const rows = cells
            .map((row) => row.slice(0, width))
            .filter((row) => !(width === 1 && row[0] === ""));
          const parsed = parseCsv(formatCsv(header, rows));
          expect(parsed.header).toEqual(header);
          expect(parsed.rows.map((row) => row.fields)).toEqual(rows);
        },
      ),
    );
  });
});
