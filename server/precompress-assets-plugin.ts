import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";
import {
  COMPRESSIBLE_EXTENSIONS,
  MIN_COMPRESSIBLE_BYTES,
  TWIN_ENCODINGS,
  type TwinEncoding,
} from "./precompressed";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * How each twin is made. Brotli quality 9 keeps the build quick: quality 11 saves another 13% on the WASM
 * binary but takes 45 s for it alone.
 */
const compress: Record<TwinEncoding, (content: Buffer) => Promise<Buffer>> = {
  br: (content) =>
    brotliAsync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  gzip: (content) => gzipAsync(content, { level: 9 }),
};

/**
 * Writes a Brotli and a gzip twin beside each compressible file of the browser build, for the app server to
 * send as they are (server/bundle-files.ts). The server build is left alone.
 */
export function precompressAssets(): Plugin {
  let serverBuild = false;
  return {
    name: "pcn-precompress-assets",
    apply: "build",
    configResolved(config) {
      serverBuild = Boolean(config.build.ssr);
    },
    async writeBundle(output, bundle) {
      const dir = output.dir;
      if (serverBuild || !dir) return;
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE_EXTENSIONS.has(path.extname(name)));
      await Promise.all(files.map((name) => writeTwins(path.join(dir, name))));
    },
  };
}

export async function writeTwins(file: string): Promise<void> {
  const content = await readFile(file);
  if (content.length < MIN_COMPRESSIBLE_BYTES) return;
  await Promise.all(
    TWIN_ENCODINGS.map(async ({ encoding, suffix }) => {
      const twin = await compress[encoding](content);
      // A twin no smaller than the file would only cost the client its decompression.
      if (twin.length < content.length) await writeFile(`${file}${suffix}`, twin);
    }),
  );
}
