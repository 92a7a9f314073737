import { formatDecimal } from "./format";

/** An indicator value as the page shows it: its own decimals, and "%" written after percentages. */
export function formatIndicatorValue(
  value: number | null | undefined,
  decimals: number | null,
  unit: string | null,
): string {
  const text = formatDecimal(value, decimals ?? 1);
  if (value == null) return text;
  return unit === "%" ? `${text}%` : text;
}

export function formatInterval(
  lower: number | null | undefined,
  upper: number | null | undefined,
  decimals: number | null,
): string {
  if (lower == null || upper == null) return "Not available";
  return `${formatDecimal(lower, decimals ?? 1)} to ${formatDecimal(upper, decimals ?? 1)}`;
}
