/**
 * Splits a whole number into parts proportional to weights, parts summing exactly to the total
 * (largest remainder, Hamilton's method; ties go to the earlier part so the result is reproducible).
 */
export function apportion(total: number, weights: ArrayLike<number>): Int32Array {
  const parts = new Int32Array(weights.length);
  let weightSum = 0;
  for (let i = 0; i < weights.length; i += 1) weightSum += Math.max(0, weights[i] ?? 0);
  if (total <= 0 || weightSum <= 0) return parts;
  const remainders: { index: number; remainder: number }[] = [];
  let assigned = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const exact = (total * Math.max(0, weights[i] ?? 0)) / weightSum;
    const whole = Math.floor(exact);
    parts[i] = whole;
    assigned += whole;
    remainders.push({ index: i, remainder: exact - whole });
  }
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; k < total - assigned; k += 1) {
    const { index } = remainders[k % remainders.length] as { index: number };
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}
