/**
 * Concurrent clients on loopback with Node's fetch: each client asks for its paths one after another and
 * times every full response (headers and the whole body). Bounded by a request count and a time limit.
 */
export interface LoadResult {
  latenciesMs: number[];
  /** Requests not sent because the time limit came first. */
  skipped: number;
  seconds: number;
}

export async function loadTest(options: {
  baseURL: string;
  paths: readonly string[];
  clients: number;
  requestsPerClient: number;
  timeLimitMs: number;
}): Promise<LoadResult> {
  const { baseURL, paths, clients, requestsPerClient } = options;
  const started = performance.now();
  const deadline = started + options.timeLimitMs;
  const latenciesMs: number[] = [];
  let skipped = 0;
  const client = async (id: number) => {
    for (let k = 0; k < requestsPerClient; k++) {
      if (performance.now() > deadline) {
        skipped += requestsPerClient - k;
        return;
      }
      // Clients start at different places in the list, so they do not all ask for the same page at once.
      const pathname = paths[(id * requestsPerClient + k) % paths.length] as string;
      latenciesMs.push(await timedGet(`${baseURL}${pathname}`));
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, id) => client(id)));
  return { latenciesMs, skipped, seconds: (performance.now() - started) / 1000 };
}

/** Milliseconds to fetch a page whole; throws on any status but 200. */
export async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return ms;
}
