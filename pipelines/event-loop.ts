/**
 * Lets the event loop run before going on: DuckDB's finished statements and the other lanes and strands
 * get this thread between slices of long JavaScript work (simplifying boundaries, statistics over every
 * value). Without it their next statements wait until the whole block is done, leaving a core idle.
 */
export const letEventLoopRun = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Work written as a generator that yields wherever it may pause, returning its result at the end. */
export type SteppedWork<T> = Generator<void, T, void>;

/** Runs stepped work to its end at once. */
export function runAtOnce<T>(work: SteppedWork<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs stepped work, awaiting `pause` (by default letting the event loop run) at each of its yields. */
export async function runInSlices<T>(
  work: SteppedWork<T>,
  pause: () => Promise<void> = letEventLoopRun,
): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await pause();
  }
}
