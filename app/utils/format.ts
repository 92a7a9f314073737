const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** Numbers as NHS.UK content style writes them: thousands separated, a dash-free "no data" for missing. */
export function formatInteger(value: number | null | undefined): string {
  return value == null ? "No data" : integer.format(value);
}

export function formatDecimal(value: number | null | undefined, decimals = 1): string {
  if (value == null) return "No data";
  return value.toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
