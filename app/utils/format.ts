const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/**
 * One formatter per number of decimals, made on first use. `toLocaleString` builds a new Intl.NumberFormat
 * (locale data and all) on every call, which made number formatting the largest single cost of rendering a
 * practice page; a formatter is immutable, so one can serve every call.
 */
const fixedFormatters = new Map<number, Intl.NumberFormat>();

function fixedFormatter(decimals: number): Intl.NumberFormat {
  let formatter = fixedFormatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-GB", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    fixedFormatters.set(decimals, formatter);
  }
  return formatter;
}

/** Numbers as NHS.UK content style writes them: thousands separated, a dash-free "no data" for missing. */
export function formatInteger(value: number | null | undefined): string {
  return value == null ? "No data" : integer.format(value);
}

export function formatDecimal(value: number | null | undefined, decimals = 1): string {
  if (value == null) return "No data";
  return fixedFormatter(decimals).format(value);
}
