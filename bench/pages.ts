/**
 * Page figures on the England-scale data build (issue 7). The app is built once from a snapshot of the
 * sources (app-build.ts) and served by the app's production server (server/) on a free loopback port, pointed
 * at the England build the `england` bench made (or a new one when that bench did not run). After a warm-up:
 *
 * - `practice_page_p95_ms`: server render of `/practices/<code>` for 100 practices spread over the build,
 *   20 concurrent clients × 25 requests (Node's fetch, keep-alive), at most 60 s; the 95th percentile of the
 *   full-response times.
 * - the browser figures (browser-pages.ts), skipped with a message when there is no Chromium.
 *
 * The server is stopped at the end, whatever happened.
 */
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parquetFileName } from "../app/data/tables.ts";
import { sqlLiteral } from "../pipelines/importers/sql-literal.ts";
import { readCurrentBuild } from "../pipelines/output/current-build-pointer.ts";
import { findChromium } from "../tests/setup/chromium.ts";
import { buildApp } from "./app-build.ts";
import { type AppServer, startAppServer } from "./app-server.ts";
import { browserFigures } from "./browser-pages.ts";
import { englandDataBuild } from "./england.ts";
import { loadTest, timedGet } from "./load-test.ts";
import { percentile } from "./percentile.ts";

type Log = (line: string) => void;

const PRACTICES = 100;
const CLIENTS = 20;
const REQUESTS_PER_CLIENT = 25;
const LOAD_TIME_LIMIT_MS = 60_000;
const WARM_UP_REQUESTS = 20;

export async function benchPages(workDir: string, log: Log): Promise<Record<string, number>> {
  const dataBuildDir = await englandDataBuild(workDir, log);
  log("  building the app (remix vite:build)…");
  const app = await buildApp();
  let server: AppServer | undefined;
  try {
    server = await startAppServer({ appDir: app.dir, dataBuildDir });
    const paths = (await practiceCodes(dataBuildDir, PRACTICES)).map((code) => `/practices/${code}`);
    const { baseURL } = server;
    log("  warming up (the server loads the build's tables on its first request)…");
    await timedGet(`${baseURL}/`);
    for (let k = 0; k < WARM_UP_REQUESTS; k++) await timedGet(`${baseURL}${paths[k % paths.length]}`);
    const load = await loadTest({
      baseURL,
      paths,
      clients: CLIENTS,
      requestsPerClient: REQUESTS_PER_CLIENT,
      timeLimitMs: LOAD_TIME_LIMIT_MS,
    });
    log(
      `  ${load.latenciesMs.length} practice pages in ${load.seconds.toFixed(1)} s ` +
        `(median ${percentile(load.latenciesMs, 50).toFixed(0)} ms, ` +
        `${(load.latenciesMs.length / load.seconds).toFixed(1)} pages/s)` +
        (load.skipped > 0 ? `; ${load.skipped} requests not sent within the time limit` : ""),
    );
    const figures: Record<string, number> = { practice_page_p95_ms: percentile(load.latenciesMs, 95) };
    const chromiumPath = findChromium();
    if (chromiumPath) {
      Object.assign(figures, await browserFigures({ chromiumPath, baseURL, practicePaths: paths, log }));
    } else {
      log(
        "  skipped first_data_visible_ms, requery_median_ms and first_page_js_gzip_kb: no Chromium " +
          "(apt-get install -y chromium, or set CHROMIUM_PATH)",
      );
    }
    return figures;
  } finally {
    await server?.stop();
    app.remove();
  }
}

/** `count` practice codes spread evenly over the build's practices in code order. */
async function practiceCodes(dataBuildDir: string, count: number): Promise<string[]> {
  const current = await readCurrentBuild(dataBuildDir);
  if (!current) throw new Error(`${dataBuildDir} holds no current build`);
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    const areas = sqlLiteral(path.join(current.directory, parquetFileName("areas")));
    const reader = await db.runAndReadAll(
      `SELECT area_code FROM read_parquet(${areas}) WHERE area_type = 'practice' ORDER BY area_code`,
    );
    const codes = reader.getRowObjectsJS().map((row) => String(row.area_code));
    if (codes.length === 0) throw new Error("The England build has no practices");
    const step = Math.max(1, Math.floor(codes.length / count));
    return codes.filter((_, index) => index % step === 0).slice(0, count);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
