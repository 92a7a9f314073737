import type { IcbInequalityRow } from "~/data/queries/icb-inequality";
import { formatDecimal } from "~/utils/format";

/**
 * One indicator's slope index of inequality in plain English. A gap is only called a gap when its 95%
 * interval leaves out zero; otherwise the sentence says there is no clear gradient.
 */
export function inequalityReading(row: IcbInequalityRow): string {
  const interval = `95% confidence interval ${formatDecimal(row.sii_lower95)} to ${formatDecimal(row.sii_upper95)}`;
  const clear = row.sii_lower95 > 0 || row.sii_upper95 < 0;
  if (!clear)
    return `${row.short_name}: no clear difference between the most and least deprived practices (${interval}).`;
  const direction = row.sii > 0 ? "higher" : "lower";
  const ratio = row.rii != null ? `${formatDecimal(row.rii)} times as high; ` : "";
  return `${row.short_name} is ${formatDecimal(Math.abs(row.sii))} percentage points ${direction} among the most deprived practices than the least deprived (${ratio}${interval}).`;
}

/** The title's finding: the widest clear gap, or that there is none. */
export function inequalityFinding(rows: IcbInequalityRow[], areaName: string): string {
  const clear = rows.filter((row) => row.sii_lower95 > 0 || row.sii_upper95 < 0);
  const widest = [...clear].sort((a, b) => Math.abs(b.sii) - Math.abs(a.sii))[0];
  if (!widest) return `No indicator shows a clear gap by deprivation across ${areaName}'s practices`;
  return `${clear.length} of ${rows.length} indicators differ by deprivation across ${areaName}'s practices; the widest gap is in ${widest.short_name.toLowerCase()}, ${formatDecimal(Math.abs(widest.sii))} points ${widest.sii > 0 ? "higher" : "lower"} among the most deprived`;
}
