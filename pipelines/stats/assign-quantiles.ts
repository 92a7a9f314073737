/**
 * Quantiles (deciles, quintiles …) of areas within a parent area, by OHID's rule (PHEindicatormethods
 * phe_quantile, v2.0.2 onwards):
 *
 * - Areas without a value get no quantile and do not count. With N valued areas in the group and q quantiles,
 *   if N < q no area in the group gets a quantile.
 * - Ranks run 1…N with ties sharing the lowest rank ("min" ties), so tied values always share a quantile.
 *   With `invert` (the default) rank 1 is the highest value, so quantile 1 holds the highest values (e.g. the
 *   most deprived IMD scores); without it rank 1 is the lowest value.
 * - quantile = ⌊(q + 1) − ⌈((N + 1) − rank) / (N/q)⌉⌋, and a 0 from floating-point rounding becomes 1.
 *
 * Grouping replaces the old `highergeog` argument (soft-deprecated in v1.2.0, removed in v2.0.2): quantiles are
 * assigned within each parent area's group, which is what highergeog did. Pass the parent code as the group.
 */
export interface QuantileOptions {
  /** Number of quantiles: 10 for deciles (the default), 5 for quintiles. */
  readonly quantiles?: number;
  /** Quantile 1 holds the highest values (default true), as PHEindicatormethods' invert = TRUE. */
  readonly invert?: boolean;
}

export function assignQuantiles(
  values: readonly (number | undefined)[],
  options: QuantileOptions = {},
): (number | undefined)[] {
  const quantiles = options.quantiles ?? 10;
  const invert = options.invert ?? true;
  if (!Number.isInteger(quantiles) || quantiles < 2) {
    throw new RangeError(`quantiles must be a whole number ≥ 2, got ${quantiles}`);
  }
  const present = values.filter((value): value is number => value !== undefined && !Number.isNaN(value));
  const areas = present.length;
  if (areas < quantiles) return values.map(() => undefined);
  const sorted = present.map((value) => (invert ? -value : value)).sort((a, b) => a - b);
  const lowestRank = (key: number): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as number) < key) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
  const width = areas / quantiles;
  return values.map((value) => {
    if (value === undefined || Number.isNaN(value)) return undefined;
    const rank = lowestRank(invert ? -value : value);
    const quantile = Math.floor(quantiles + 1 - Math.ceil((areas + 1 - rank) / width));
    return quantile === 0 ? 1 : quantile;
  });
}

/** assignQuantiles applied separately within each group (e.g. practices within their ICB), in input order. */
export function assignQuantilesWithin<Row>(
  rows: readonly Row[],
  groupOf: (row: Row) => string,
  valueFor: (row: Row) => number | undefined,
  options: QuantileOptions = {},
): (number | undefined)[] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = groupOf(row);
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  });
  const result: (number | undefined)[] = new Array(rows.length).fill(undefined);
  for (const members of groups.values()) {
    const assigned = assignQuantiles(
      members.map((index) => valueFor(rows[index] as Row)),
      options,
    );
    members.forEach((index, position) => {
      result[index] = assigned[position];
    });
  }
  return result;
}
