import type { NonSharedBuffer } from "node:buffer";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { getCurrentBuild } from "~/data/current-build.server";
import { ResultCache } from "~/data/result-cache";
import { acceptsGzip } from "~/utils/accept-encoding";

const gzipAsync = promisify(gzip);

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

/**
 * Whole pages, kept per data build. A page is a pure function of its address and the (immutable) build, so
 * a rendered page can be served again until a new build is swapped in; this keeps a PCN board's twenty
 * people opening the same practices from queueing behind the queries and React's render on a small server.
 * The gzip is kept too: compressing the same page for every request cost more than finding it.
 */
const renderedPages = new ResultCache<RenderedPage>(300);

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
    return { html, gzip: await gzipAsync(html) };
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
