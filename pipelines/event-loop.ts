/**
 * Lets the event loop run before going on: DuckDB's finished statements and the other lanes and strands
 * get this thread between slices of long JavaScript work (simplifying boundaries, reading large JSON
 * inputs). Without it their next statements wait until the whole block is done, leaving a core idle.
 */
export const letEventLoopRun = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
