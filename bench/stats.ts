/**
 * Speed of the batch Wilson limits: one million deterministic rows, 95% and 99.8% limits as percentages,
 * best of three runs. The rows mimic practice-level data: denominators from 50 to 50,000, counts spread over
 * the whole range including 0 and the full denominator.
 */
import { wilsonLimitsBatch } from "../pipelines/stats/index.ts";
import { timeBest } from "./timing.ts";

const ROWS = 1_000_000;

function deterministicRows(): { counts: Float64Array; denominators: Float64Array } {
  const counts = new Float64Array(ROWS);
  const denominators = new Float64Array(ROWS);
  let state = 2_463_534_242;
  const next = () => {
    // xorshift32 (Marsaglia 2003): enough to spread the rows, and the same rows on every run.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  for (let i = 0; i < ROWS; i++) {
    const denominator = 50 + Math.floor(next() * 49_951);
    denominators[i] = denominator;
    counts[i] = Math.floor(next() * (denominator + 1));
  }
  return { counts, denominators };
}

export async function benchStats(): Promise<{ stats_wilson_1m_rows_seconds: number }> {
  const { counts, denominators } = deterministicRows();
  const seconds = await timeBest(3, async () => {
    wilsonLimitsBatch(counts, denominators, { confidence: 0.95, multiplier: 100 });
    wilsonLimitsBatch(counts, denominators, { confidence: 0.998, multiplier: 100 });
  });
  return { stats_wilson_1m_rows_seconds: seconds };
}
