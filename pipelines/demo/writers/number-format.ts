/**
 * Number formatting with one result per number on every run and machine: fixed decimals or significant
 * digits via toFixed/toPrecision (exact IEEE rounding), never locale formatting, and never "-0".
 */
function withoutNegativeZero(text: string): string {
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Fixed decimals, e.g. File 7 scores to 3 places ("29.199"). */
export function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  return withoutNegativeZero(value.toFixed(decimals));
}

/**
 * Up to `digits` significant digits with trailing zeros dropped, as Fingertips exports print values
 * ("19.17076526", "7.5").
 */
export function significant(value: number, digits = 10): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  if (value === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.min(100, Math.max(0, digits - 1 - magnitude));
  return withoutNegativeZero(
    value
      .toFixed(decimals)
      .replace(/(\.\d*?)0+$/, "$1")
      .replace(/\.$/, ""),
  );
}

export function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not an integer: ${value}`);
  return String(value);
}
