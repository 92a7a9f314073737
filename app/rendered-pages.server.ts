import type { NonSharedBuffer } from "node:buffer";
import { promisify } from "node:util";
import { gzip, gzipSync } from "node:zlib";
import { getCurrentBuild } from "~/data/current-build.server";
import { ResultCache } from "~/data/result-cache";
import { acceptsGzip } from "~/utils/accept-encoding";

/** A whole rendered page, as HTML and as gzip, each made once. */
export interface RenderedPage {
  html: NonSharedBuffer;
  gzip: NonSharedBuffer;
}

/** What to send for a kept page: the body the client accepts and the headers that describe it. */
export interface PageReply {
  headers: Record<string, string>;
  body: NonSharedBuffer;
}

const gzipAsync = promisify(gzip);

/**
 * Pages up to this size are compressed on the main thread (about a millisecond for a 90 kB practice page):
 * zlib's asynchronous form runs on libuv's four-thread pool, where it queued behind other pages' DuckDB
 * queries and added 10 to 30 ms to a practice page under load. Larger pages (the 4.5 MB practice list takes
 * 40 ms) go to the pool, so one of them does not stall every other request meanwhile.
 */
const MAIN_THREAD_GZIP_BYTES = 256 * 1024;

/** Most pages kept, and most bytes they may weigh together (HTML and gzip). */
export const RENDERED_PAGE_LIMITS = { entries: 300, bytes: 64 * 1024 * 1024 } as const;

/**
 * Whole pages, kept per data build. A page is a pure function of its address and the (immutable) build, so
 * a rendered page can be served again until a new build is swapped in; this keeps a PCN board's twenty
 * people opening the same practices from queueing behind the queries and React's render on a small server.
 * The gzip is kept too: compressing the same page for every request cost more than finding it. Pages
 * differ in size a fiftyfold (the practice list is 4.5 MB, a practice 90 kB), so the bound is in bytes as
 * well as pages: 300 sort orders of the list would otherwise hold over a gigabyte.
 */
const renderedPages = new ResultCache<RenderedPage>({
  entries: RENDERED_PAGE_LIMITS.entries,
  bytes: { max: RENDERED_PAGE_LIMITS.bytes, bytesOf: (page) => page.html.length + page.gzip.length },
});

/**
 * The page at `url` on this build, rendering it only if no request has yet. Callers asking while it renders
 * share that one render.
 */
export function keepRenderedPage(
  version: string,
  url: string,
  render: () => Promise<NonSharedBuffer>,
): Promise<RenderedPage> {
  return renderedPages.get(pageKey(version, url), async () => {
    const html = await render();
    return { html, gzip: html.length <= MAIN_THREAD_GZIP_BYTES ? gzipSync(html) : await gzipAsync(html) };
  });
}

/**
 * The reply for a page already rendered (or being rendered) on the current build, or null. The app server
 * asks this before handing a request to Remix, so a kept page costs neither its loaders nor the encoding of
 * their data, which Remix does for every document request before the page's own cache is reached.
 */
export async function findRenderedPage(
  url: string,
  acceptEncoding: string | null,
): Promise<PageReply | null> {
  // No build, or a pointer that cannot be read: Remix answers, with the page that explains it.
  const build = await getCurrentBuild().catch(() => null);
  if (!build) return null;
  // A render that failed was not kept; this request renders it again through Remix.
  const page = await renderedPages.peek(pageKey(build.version, url))?.catch(() => undefined);
  return page ? pageReply(page, acceptEncoding) : null;
}

export function pageReply(page: RenderedPage, acceptEncoding: string | null): PageReply {
  const gzipped = acceptsGzip(acceptEncoding);
  const body = gzipped ? page.gzip : page.html;
  return {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": String(body.length),
      Vary: "Accept-Encoding",
      ...(gzipped ? { "Content-Encoding": "gzip" } : {}),
    },
    body,
  };
}

/**
 * The key of a page: the build and the address's path and query. The host is left out (pages do not depend
 * on it), and a path-only address is read as the request's own URL would be, so `//x` stays a path.
 */
function pageKey(version: string, url: string): string {
  const { pathname, search } = new URL(url.startsWith("/") ? `http://page${url}` : url);
  return `${version}\u0000${pathname}${search}`;
}
