import { readdirSync } from "node:fs";
import path from "node:path";
import express, { type RequestHandler } from "express";
import { TWIN_ENCODINGS, type TwinEncoding } from "./precompressed";

export interface StaticCaching {
  /** Seconds a browser may keep a file. */
  maxAgeSeconds: number;
  /** Whether the file can never change under its name (Vite's hashed `assets/`). */
  immutable: boolean;
}

/** A file of the bundle and the build-time compressed twins written beside it. */
interface BundleFile {
  file: string;
  /** As express.static would send the original, so a twin is typed exactly as the file it stands for. */
  contentType: string;
  twins: Map<TwinEncoding, string>;
}

/**
 * The browser bundle's files under `root`, each sent with its build-time Brotli or gzip twin (see
 * precompressed.ts) to a client that accepts one, typed and cached as the original. Brotli is preferred when
 * both are accepted: it is a quarter smaller on the WASM binary.
 *
 * The files are listed once at start-up: the bundle does not change while it is served (a rebuild needs a
 * restart, as the server code is loaded once too), and any other address, such as every page, goes on at
 * once instead of first waiting for a stat on libuv's thread pool behind the DuckDB queries running there.
 */
export function bundleFiles(root: string, caching: StaticCaching): RequestHandler {
  const sendOptions = { maxAge: caching.maxAgeSeconds * 1000, immutable: caching.immutable };
  const files = listBundle(root);
  return (req, res, next) => {
    const found =
      req.method === "GET" || req.method === "HEAD" ? files.get(decodedPath(req.path)) : undefined;
    if (!found) return next();
    const twin = TWIN_ENCODINGS.find(
      ({ encoding }) => found.twins.has(encoding) && req.acceptsEncodings(encoding),
    );
    if (found.twins.size > 0) {
      // The same address answers differently by Accept-Encoding; shared caches must key on it.
      res.vary("Accept-Encoding");
    }
    if (twin) {
      res.set("Content-Type", found.contentType);
      res.set("Content-Encoding", twin.encoding);
    }
    res.sendFile(twin ? (found.twins.get(twin.encoding) ?? found.file) : found.file, sendOptions, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}

/** Every file under `root` by URL path, with its twins; the twins themselves are not addresses. */
function listBundle(root: string): Map<string, BundleFile> {
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const all = new Set(paths);
  const isTwin = (file: string) =>
    TWIN_ENCODINGS.some(({ suffix }) => file.endsWith(suffix) && all.has(file.slice(0, -suffix.length)));
  const files = new Map<string, BundleFile>();
  for (const file of paths) {
    if (isTwin(file)) continue;
    const twins = new Map<TwinEncoding, string>();
    for (const { encoding, suffix } of TWIN_ENCODINGS)
      if (all.has(`${file}${suffix}`)) twins.set(encoding, `${file}${suffix}`);
    files.set(`/${path.relative(root, file).split(path.sep).join("/")}`, {
      file,
      contentType: contentTypeOf(file),
      twins,
    });
  }
  return files;
}

function contentTypeOf(file: string): string {
  const { mime } = express.static;
  const type = mime.lookup(file);
  const charset = mime.charsets.lookup(type, "");
  return charset ? `${type}; charset=${charset}` : type;
}

function decodedPath(urlPath: string): string {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return urlPath;
  }
}
