import { PassThrough } from "node:stream";
import type { EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { ResultCache } from "~/data/result-cache";

const ABORT_DELAY = 5_000;

/**
 * Whole pages, rendered once per data build. A page is a pure function of its address and the (immutable)
 * build, so a rendered page can be served again until a new build is swapped in; this keeps a PCN board's
 * twenty people opening the same practices from queueing behind React's render on a small server.
 */
const renderedPages = new ResultCache<string>(300);

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  const version = buildVersionOf(remixContext);
  // Only successful pages of a known build are kept: an error page may be about a passing fault.
  const html =
    responseStatusCode === 200 && version
      ? await renderedPages.get(`${version}\u0000${request.url}`, () => renderPage(request, remixContext))
      : await renderPage(request, remixContext);
  return new Response(html, { status: responseStatusCode, headers: responseHeaders });
}

/** Renders the whole document, waiting for every Suspense boundary (Remix's data scripts included). */
function renderPage(request: Request, remixContext: EntryContext): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on("data", (chunk: Buffer) => chunks.push(chunk));
    // React writes the doctype itself when the root element is <html>.
    sink.on("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    sink.on("error", reject);
    const { pipe, abort } = renderToPipeableStream(
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />,
      {
        onAllReady() {
          pipe(sink);
        },
        onShellError: reject,
        onError(error) {
          console.error(error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY);
  });
}

function buildVersionOf(remixContext: EntryContext): string | null {
  const root = remixContext.staticHandlerContext.loaderData.root as
    | { build?: { version?: string } | null }
    | undefined;
  return root?.build?.version ?? null;
}
