/**
 * Build-time compressed twins of the browser assets: `x.js.br` and `x.js.gz` beside `x.js`. The bundle never
 * changes once built, so each file is compressed once, as hard as is worth it, instead of on every request
 * (the 18 MB DuckDB-WASM binary took half a second of gzip per page load).
 */
export const TWIN_ENCODINGS = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;
export type TwinEncoding = (typeof TWIN_ENCODINGS)[number]["encoding"];

/** Files worth compressing: text and WebAssembly; images such as PNG and ICO are compressed already or tiny. */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  ".js",
  ".mjs",
  ".css",
  ".wasm",
  ".svg",
  ".json",
  ".html",
  ".txt",
]);

/** Below this a compressed body saves less than the request's own headers weigh. */
export const MIN_COMPRESSIBLE_BYTES = 1024;
