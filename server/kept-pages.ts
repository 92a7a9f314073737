import type { RequestHandler, Response } from "express";

/** What the app's entry (app/rendered-pages.server.ts) answers for a page it has kept. */
export interface KeptPageReply {
  headers: Record<string, string>;
  body: Uint8Array;
}
export type FindKeptPage = (url: string, acceptEncoding: string | null) => Promise<KeptPageReply | null>;

/**
 * Answers a page the app has already rendered on the current data build straight from its keeping, before
 * Remix runs the route's loaders and encodes their data for a render that would not happen. A request for an
 * address another request is still answering waits until that one's headers are sent, then looks again: a
 * page's headers go out only once it is rendered and kept, so a board opening the same practice at once costs
 * one pass through Remix, not one each, while a file download sends its headers at once and holds no one up.
 * Anything else (and a page the app did not keep, such as an error) goes on to Remix.
 */
export function keptPages(findKeptPage: FindKeptPage): RequestHandler {
  const rendering = new Map<string, Promise<void>>();
  return async (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const url = req.originalUrl;
    const acceptEncoding = req.get("Accept-Encoding") ?? null;
    try {
      const inFlight = rendering.get(url);
      if (inFlight) await inFlight;
      const reply = await findKeptPage(url, acceptEncoding);
      if (reply) {
        res.status(200).set(reply.headers).end(reply.body);
        return;
      }
    } catch (error) {
      return next(error);
    }
    if (!rendering.has(url)) {
      const answered = headersSent(res).then(() => {
        if (rendering.get(url) === answered) rendering.delete(url);
      });
      rendering.set(url, answered);
    }
    next();
  };
}

/**
 * Settles when the response's status and headers are written, or its connection has gone. Node has no event
 * for the first, so writeHead is wrapped (as the on-headers module that compression uses does): Node calls it
 * for every response, explicit or implicit.
 */
function headersSent(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
      resolve();
      return writeHead.apply(this, args);
    } as Response["writeHead"];
    res.once("close", resolve);
  });
}
