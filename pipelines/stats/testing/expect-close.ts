import { expect } from "vitest";

/** |actual − expected| / |expected| (absolute difference when expected is 0). */
export function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Asserts a relative error no greater than `tolerance`, printing both numbers when it fails. */
export function expectClose(
  actual: number | undefined,
  expected: number,
  tolerance: number,
  label = "",
): void {
  expect(actual, `${label} value`).toBeTypeOf("number");
  const error = relativeError(actual as number, expected);
  expect(
    error,
    `${label}: got ${actual}, expected ${expected} (relative error ${error})`,
  ).toBeLessThanOrEqual(tolerance);
}

/** Asserts `actual` rounds to `printed` at the number of decimals printed (e.g. a published "19.15946674"). */
export function expectToPrintedPrecision(actual: number | undefined, printed: string, label = ""): void {
  const decimals = printed.split(".")[1]?.replace(/e.*$/i, "").length ?? 0;
  const halfLastDigit = 0.5 * 10 ** -decimals;
  expect(actual, `${label} value`).toBeTypeOf("number");
  expect(
    Math.abs((actual as number) - Number(printed)),
    `${label}: ${actual} vs printed ${printed}`,
  ).toBeLessThanOrEqual(halfLastDigit * (1 + 1e-9));
}
