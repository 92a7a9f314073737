import type { NonSharedBuffer } from "node:buffer";
import { Writable } from "node:stream";
import type { EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { keepRenderedPage, pageReply } from "~/rendered-pages.server";

/** For the app server (server/), which answers kept pages before Remix runs their loaders. */
export { findRenderedPage } from "~/rendered-pages.server";

const ABORT_DELAY = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const version = buildVersionOf(remixContext);
  // Only successful pages of a known build are kept: an error page may be about a passing fault.
  if (responseStatusCode !== 200 || !version) {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    return new Response(await renderPage(request, remixContext), {
      status: responseStatusCode,
      headers: responseHeaders,
    });
  }
  const page = await keepRenderedPage(version, request.url, () => renderPage(request, remixContext));
  const reply = pageReply(page, request.headers.get("Accept-Encoding"));
  for (const [name, value] of Object.entries(reply.headers)) responseHeaders.set(name, value);
  return new Response(reply.body, { status: 200, headers: responseHeaders });
}

/**
 * Renders the whole document, waiting for every Suspense boundary (Remix's data scripts included), into
 * one buffer: the bytes React writes are the bytes sent, with no decoding to a string and back.
 */
function renderPage(request: Request, remixContext: EntryContext): Promise<NonSharedBuffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const sink = new Writable({
      // No 'close' event: React takes one as the client going away and ends the finished stream again,
      // which made Node build (and format) an ERR_STREAM_ALREADY_FINISHED error for every page.
      emitClose: false,
      write(chunk: Uint8Array, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    // React writes the doctype itself when the root element is <html>.
    sink.on("finish", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
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
