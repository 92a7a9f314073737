/**
 * Percentile rank of each value among the values given, 0 for the lowest to 100 for the highest:
 * 100 × (r − 1) / (N − 1), with r the value's rank counting ties at their average rank (the "mid-rank"
 * convention, so tied values share a percentile and the median of an odd-sized group is exactly 50). A
 * group of one is at 50. Values that are undefined or NaN get no percentile and do not count in N.
 *
 * Used where a position within a group matters more than the gap (need against assets places practices
 * by their percentiles of need and of supply).
 */
export function percentileRanks(values: readonly (number | undefined)[]): (number | undefined)[] {
  const present = values
    .map((value, index) => ({ value, index }))
    .filter(
      (item): item is { value: number; index: number } =>
        item.value !== undefined && !Number.isNaN(item.value),
    )
    .sort((a, b) => a.value - b.value);
  const count = present.length;
  const result: (number | undefined)[] = values.map(() => undefined);
  let start = 0;
  while (start < count) {
    let end = start;
    while (end + 1 < count && present[end + 1]?.value === present[start]?.value) end++;
    // Ranks start..end (0-based) share their mean, (start + end) / 2.
    const percentile = count === 1 ? 50 : (100 * ((start + end) / 2)) / (count - 1);
    for (let k = start; k <= end; k++) result[present[k]?.index as number] = percentile;
    start = end + 1;
  }
  return result;
}
