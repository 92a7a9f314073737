/**
 * The page figures a browser measures (issue 7), in Debian's Chromium with the flags the browser tests use:
 *
 * - `first_data_visible_ms`: a practice page loaded in a fresh browser context (empty cache, new
 *   connections), from navigation start to the first animation frame in which the first spine-chart row (the
 *   server-rendered numbers) is laid out and visible. Median of five loads, each of a different practice.
 * - `requery_median_ms`: on a practice page, the comparator select changed ten times after one warm-up
 *   change (which loads DuckDB-WASM and the tables): from the change event to the page's status saying
 *   "Updated in your browser", by which time the new rows are in the DOM. Median.
 * - `first_page_js_gzip_kb`: every JavaScript response the home page makes on a first visit, until the
 *   network is idle, each gzipped at level 9, summed, in kB (1,000 bytes). DuckDB-WASM must not be among them.
 */
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/setup/chromium.ts";
import { median } from "./percentile.ts";

type Log = (line: string) => void;

const COLD_LOADS = 5;
const REQUERIES = 10;
/** The first visible row of the first spine chart: numbers the server rendered. */
const DATA_ROW = "section.app-chart tbody tr";

export interface BrowserFigures {
  first_data_visible_ms: number;
  requery_median_ms: number;
  first_page_js_gzip_kb: number;
}

export async function browserFigures(options: {
  chromiumPath: string;
  baseURL: string;
  practicePaths: readonly string[];
  log: Log;
}): Promise<BrowserFigures> {
  const { baseURL, practicePaths, log } = options;
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const loads: number[] = [];
    for (let k = 0; k < COLD_LOADS; k++) {
      const pathname = practicePaths[(k * 7) % practicePaths.length] as string;
      loads.push(await firstDataVisible(browser, `${baseURL}${pathname}`));
    }
    log(`  cold loads, first data visible: ${loads.map((ms) => ms.toFixed(0)).join(", ")} ms`);
    const requery = await requeryTimes(browser, `${baseURL}${practicePaths[0]}`);
    log(
      `  re-queries: ${requery.measured.map((ms) => ms.toFixed(0)).join(", ")} ms ` +
        `(the page's own count: median ${median(requery.reported).toFixed(0)} ms; warm-up ${requery.warmUp.toFixed(0)} ms)`,
    );
    const js = await firstPageJavaScript(browser, `${baseURL}/`);
    const largest = [...js.files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
    log(
      `  home page JavaScript: ${js.files.length} files; largest gzipped: ${largest
        .map((file) => `${new URL(file.url).pathname} ${(file.gzipBytes / 1000).toFixed(1)} kB`)
        .join(", ")}`,
    );
    if (js.duckdbRequests.length > 0)
      log(`  ✗ DuckDB-WASM was loaded on the first visit: ${js.duckdbRequests.join(", ")}`);
    return {
      first_data_visible_ms: median(loads),
      requery_median_ms: median(requery.measured),
      first_page_js_gzip_kb: js.files.reduce((sum, file) => sum + file.gzipBytes, 0) / 1000,
    };
  } finally {
    await browser.close();
  }
}

/*
 * What runs inside the page is kept as JavaScript text: tsx compiles this file with esbuild's keepNames, which
 * wraps named functions in a `__name()` helper that does not exist in the page.
 */

/** At every animation frame from document start, until the row is laid out and visible; then notes the time. */
const MARK_DATA_VISIBLE = `(() => {
  const look = () => {
    const row = document.querySelector(${JSON.stringify(DATA_ROW)});
    if (row instanceof HTMLElement && row.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
        && row.getBoundingClientRect().height > 0) {
      window.__benchDataVisible = performance.now();
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/**
 * Sets `#comparator` to `value` as a user would (a change event), and resolves with the milliseconds from that
 * event until the status line after the comparator's form reports the browser's answer, with the page's own
 * count beside it.
 */
const CHANGE_COMPARATOR = `(value) => new Promise((resolve, reject) => {
  const select = document.querySelector("#comparator");
  const form = select && select.closest("form");
  const status = [...document.querySelectorAll("[role=status]")].find(
    (candidate) => form && form.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  if (!(select instanceof HTMLSelectElement) || !status) {
    reject(new Error("The practice page has no #comparator select with a status line after it"));
    return;
  }
  const before = status.textContent;
  let updating = false;
  let started = 0;
  const finish = (outcome) => {
    observer.disconnect();
    clearTimeout(timer);
    outcome();
  };
  const observer = new MutationObserver(() => {
    const text = status.textContent;
    if (text.includes("Updating")) updating = true;
    const done = /Updated in your browser in (\\d+) ms/.exec(text);
    if (done && (updating || text !== before))
      finish(() => resolve({ measured: performance.now() - started, reported: Number(done[1]) }));
    else if (text.includes("Could not update")) finish(() => reject(new Error(text)));
  });
  const timer = setTimeout(
    () => finish(() => reject(new Error("No update within 60 s; status: " + status.textContent))),
    60000,
  );
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  select.value = value;
  started = performance.now();
  select.dispatchEvent(new Event("change", { bubbles: true }));
})`;

async function firstDataVisible(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: MARK_DATA_VISIBLE });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction("window.__benchDataVisible !== undefined", undefined, {
      timeout: 30_000,
      polling: 50,
    });
    return Number(await page.evaluate("window.__benchDataVisible"));
  } finally {
    await context.close();
  }
}

async function requeryTimes(
  browser: Browser,
  url: string,
): Promise<{ warmUp: number; measured: number[]; reported: number[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    const initial = await page.locator("#comparator").inputValue();
    const order = ["england", "pcn", "icb"].filter((comparator) => comparator !== initial);
    const warmUp = await changeComparator(page, order[0] as string);
    const measured: number[] = [];
    const reported: number[] = [];
    const cycle = [initial, ...order];
    for (let k = 0; k < REQUERIES; k++) {
      const next = cycle[(k + 2) % cycle.length] as string;
      const time = await changeComparator(page, next);
      measured.push(time.measured);
      reported.push(time.reported);
    }
    return { warmUp: warmUp.measured, measured, reported };
  } finally {
    await context.close();
  }
}

function changeComparator(page: Page, value: string): Promise<{ measured: number; reported: number }> {
  return page.evaluate(`(${CHANGE_COMPARATOR})(${JSON.stringify(value)})`);
}

async function firstPageJavaScript(
  browser: Browser,
  url: string,
): Promise<{ files: { url: string; gzipBytes: number }[]; duckdbRequests: string[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies: Promise<{ url: string; gzipBytes: number }>[] = [];
    const duckdbRequests: string[] = [];
    // Responses after the network went idle are not the first visit's; reading their bodies once the
    // context is closed would reject with no one waiting, ending the whole bench run.
    let collecting = true;
    page.on("request", (request) => {
      if (/duckdb/i.test(request.url())) duckdbRequests.push(request.url());
    });
    page.on("response", (response) => {
      if (!collecting || !/javascript/.test(response.headers()["content-type"] ?? "")) return;
      bodies.push(
        response
          .body()
          .then((body) => ({ url: response.url(), gzipBytes: gzipSync(body, { level: 9 }).length })),
      );
    });
    const answer = await page.goto(url, { waitUntil: "networkidle" });
    if (answer?.status() !== 200) throw new Error(`GET ${url} answered ${answer?.status()}`);
    collecting = false;
    const seen = await Promise.all(bodies);
    // Chromium does not always report module preloads that arrive with a document delivered in one piece,
    // so the page's own list of scripts (modulepreload links, module scripts, the entry's import()) counts
    // too: each file once, fetched from the server and gzipped like the rest.
    const listed = [...(await answer.text()).matchAll(/(?:href|src)="([^"]+\.js)"|import\("([^"]+\.js)"\)/g)]
      .map((match) => new URL(match[1] ?? match[2] ?? "", url).toString())
      .filter((file) => !seen.some((known) => known.url === file));
    const fetched = await Promise.all(
      [...new Set(listed)].map(async (file) => ({
        url: file,
        gzipBytes: gzipSync(await (await context.request.get(file)).body(), { level: 9 }).length,
      })),
    );
    return { files: [...seen, ...fetched], duckdbRequests };
  } finally {
    await context.close();
  }
}
