import { describe, expect, it } from "vitest";
import { fixed, integer, significant } from "./number-format.ts";

describe("number formatting", () => {
  it("prints fixed decimals without negative zero", () => {
    expect(fixed(29.1994, 3)).toBe("29.199");
    expect(fixed(-0.0001, 3)).toBe("0.000");
    expect(fixed(-1.5, 3)).toBe("-1.500");
  });

  it("prints up to ten significant digits and drops trailing zeros, as Fingertips does", () => {
    expect(significant(19.170765261234)).toBe("19.17076526");
    expect(significant(7.5)).toBe("7.5");
    expect(significant(0.012345678912)).toBe("0.01234567891");
    expect(significant(48230600)).toBe("48230600");
    expect(significant(0)).toBe("0");
  });

  it("refuses what it cannot print faithfully", () => {
    expect(() => significant(Number.NaN)).toThrow(RangeError);
    expect(() => integer(1.5)).toThrow(RangeError);
  });
});
