/**
 * SQL for a sum of DOUBLE terms that is the same on every run. DuckDB adds up a group's values on several
 * threads in whatever order they arrive, and floating-point addition depends on order, so a plain `sum`
 * of fractional values can differ in its last bits from one build to the next; then the same inputs would
 * not give the same Parquet bytes or build version. Fixed-point addition does not depend on order: each
 * term is rounded to 12 decimal places (far below any published precision, and finer than a double's
 * own resolution for the counts and scores summed here), the terms are added exactly, and the total is
 * turned back into a DOUBLE once.
 */
export const EXACT_SUM_DECIMAL = "DECIMAL(38, 12)";

/** `sum(expression)`, exactly, as a DOUBLE. */
export function exactSum(expression: string): string {
  return `CAST(${exactDecimalSum(expression)} AS DOUBLE)`;
}

/** `sum(expression)`, exactly, left as a DECIMAL so that further sums of it stay exact. */
export function exactDecimalSum(expression: string): string {
  return `sum(CAST(${expression} AS ${EXACT_SUM_DECIMAL}))`;
}
