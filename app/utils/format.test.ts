import { describe, expect, it } from "vitest";
import { formatDecimal, formatInteger } from "./format";

describe("number formatting", () => {
  it("groups thousands and rounds to the stated decimals", () => {
    expect(formatInteger(12345.6)).toBe("12,346");
    expect(formatDecimal(23.456)).toBe("23.5");
    expect(formatDecimal(7, 2)).toBe("7.00");
  });

  it("says 'No data' for a missing value instead of showing 0", () => {
    expect(formatInteger(null)).toBe("No data");
    expect(formatDecimal(undefined)).toBe("No data");
  });
});
