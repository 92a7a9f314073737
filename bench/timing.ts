/**
 * Best of `runs` wall-clock times in seconds. The minimum is the figure least disturbed by whatever else the
 * machine was doing, which is what a ratio between two measurements needs.
 */
export async function timeBest(runs: number, work: (run: number) => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    await work(run);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return best;
}
