import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { CHROMIUM_ARGS } from "../../setup/chromium";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What a page did that a user would call broken, gathered while a test drives it. */
export interface PageProblems {
  otherOrigin: string[];
  consoleErrors: string[];
  failedRequests: string[];
}

export interface OpenOptions {
  /** Paths whose error status is the point of the test (e.g. the 404 page itself). */
  expectErrorStatus?: string[];
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /** "empty": the same app started with no data build. */
  server?: "demo" | "empty";
}

export interface WatchedPage {
  page: Page;
  problems: PageProblems;
}

export type OpenPage = (pathname: string, options?: OpenOptions) => Promise<WatchedPage>;

/**
 * `describe` for browser journeys: one Chromium per file with a fresh profile, skipped with a message when
 * the machine has no Chromium (outside CI; in CI the global set-up fails instead).
 */
export function describeInBrowser(name: string, body: (open: OpenPage) => void) {
  const chromiumPath = inject("chromiumPath");
  const baseURL = inject("baseURL");
  const emptyBaseURL = inject("emptyBaseURL");
  describe.skipIf(!chromiumPath)(name, () => {
    // Playwright gives every launch a fresh, throw-away profile directory.
    let browser: Browser;
    let context: BrowserContext;
    let noScriptContext: BrowserContext;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: chromiumPath ?? undefined,
        args: CHROMIUM_ARGS,
        headless: true,
      });
      context = await browser.newContext({ baseURL });
      noScriptContext = await browser.newContext({ baseURL, javaScriptEnabled: false });
    });
    afterAll(async () => {
      await browser?.close();
    });
    body((pathname, options = {}) =>
      openWatched(
        options.javaScriptEnabled === false ? noScriptContext : context,
        options.server === "empty" ? emptyBaseURL : baseURL,
        pathname,
        options,
      ),
    );
  });
}

async function openWatched(
  context: BrowserContext,
  baseURL: string,
  pathname: string,
  options: OpenOptions,
): Promise<WatchedPage> {
  const origin = new URL(baseURL).origin;
  const expected = new Set(options.expectErrorStatus ?? []);
  const page = await context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const problems: PageProblems = { otherOrigin: [], consoleErrors: [], failedRequests: [] };
  // Abort, not just record, so an other-origin request can never succeed quietly during a test.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("data:") || url.startsWith("blob:") || new URL(url).origin === origin)
      return route.continue();
    problems.otherOrigin.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium logs a deliberate 404/503 document as "Failed to load resource"; only that one is forgiven.
    const source = message.location().url || page.url();
    const isHttp = source.startsWith("http");
    if (/Failed to load resource/.test(message.text()) && isHttp && expected.has(new URL(source).pathname))
      return;
    problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(error.message));
  page.on("requestfailed", (request) => {
    // With JavaScript off, Chromium refuses the module preloads itself ("csp"): that is the setting, not a fault.
    if (options.javaScriptEnabled === false && request.failure()?.errorText === "csp") return;
    if (!problems.otherOrigin.includes(request.url())) {
      problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && !expected.has(url.pathname)) {
      problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
  await page.goto(new URL(pathname, baseURL).toString());
  return { page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core in the real page, with every WCAG rule tagged up to 2.2 AA. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}
