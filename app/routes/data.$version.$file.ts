import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getServerEnv } from "~/utils/env.server";

const paramsSchema = z.object({
  version: z.string().regex(/^[A-Za-z0-9._-]+$/),
  file: z.string().regex(/^[a-z0-9_-]+\.(parquet|json|geojson)$/),
});

const contentTypes: Record<string, string> = {
  ".parquet": "application/vnd.apache.parquet",
  ".json": "application/json",
  ".geojson": "application/geo+json",
};

/**
 * Serves a build's files to DuckDB-WASM and to analysts. A build folder is never changed after it is swapped
 * in and its name carries a content hash, so its files may be cached for a year without going stale.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const { dataBuildDir } = getServerEnv();
  const filePath = path.join(dataBuildDir, parsed.data.version, parsed.data.file);
  const info = await stat(filePath).catch(() => null);
  if (!info?.isFile()) throw new Response("Not found", { status: 404 });

  const etag = `"${parsed.data.version}-${info.size}"`;
  const headers = new Headers({
    "Content-Type": contentTypes[path.extname(filePath)] ?? "application/octet-stream",
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
  });
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });

  // A gzip twin written by the pipeline is sent to browsers that accept it (GeoJSON compresses ~5x).
  const gzipPath = `${filePath}.gz`;
  const gzipInfo = /\bgzip\b/.test(request.headers.get("Accept-Encoding") ?? "")
    ? await stat(gzipPath).catch(() => null)
    : null;
  headers.set("Vary", "Accept-Encoding");
  if (gzipInfo?.isFile()) {
    headers.set("Content-Encoding", "gzip");
    headers.set("Content-Length", String(gzipInfo.size));
    return new Response(toWebStream(gzipPath), { headers });
  }
  headers.set("Content-Length", String(info.size));
  return new Response(toWebStream(filePath), { headers });
}

function toWebStream(filePath: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>;
}
