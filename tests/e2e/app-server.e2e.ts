import { readdirSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { rawRequest } from "../../server/testing/raw-get";
import { repoRoot } from "../setup/demo-build";

const BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

/**
 * The production server's own work, over plain HTTP: build-time compressed assets with their caching, and
 * kept pages answered without a second render. Runs beside the browser journeys (same server, same demo).
 */
describe.skipIf(!inject("baseURL"))("the production server", () => {
  const baseURL = inject("baseURL");

  async function stylesheetPath(): Promise<string> {
    const home = await rawRequest(baseURL, "/");
    const href = home.body.toString("utf8").match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
    if (!href) throw new Error("The home page links no stylesheet from /assets/");
    return href;
  }

  it("sends a hashed asset's build-time Brotli or gzip twin, cached for good and varying by encoding", async () => {
    const href = await stylesheetPath();
    const original = await rawRequest(baseURL, href);
    expect(original.headers["content-encoding"]).toBeUndefined();
    expect(original.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(original.headers.vary).toBe("Accept-Encoding");

    const br = await rawRequest(baseURL, href, { "Accept-Encoding": BROWSER_ENCODINGS });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toBe(original.headers["content-type"]);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(brotliDecompressSync(br.body).equals(original.body)).toBe(true);

    const gzip = await rawRequest(baseURL, href, { "Accept-Encoding": "gzip, deflate" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(original.body)).toBe(true);
  });

  it("serves the DuckDB-WASM binary compressed at build time, not on each request", async () => {
    // The set-up serves the bundle built into the repository's build/ folder.
    const wasm = readdirSync(path.join(repoRoot, "build/client/assets")).find((name) =>
      /^duckdb-eh-.+\.wasm$/.test(name),
    );
    expect(wasm).toBeDefined();
    const res = await rawRequest(baseURL, `/assets/${wasm}`, { "Accept-Encoding": "br" }, "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/wasm");
    expect(res.headers["content-encoding"]).toBe("br");
    // 18 MB as built; its Brotli twin is about 3 MB.
    expect(Number(res.headers["content-length"])).toBeLessThan(6_000_000);
  });

  it("answers a page again from its kept render, byte for byte, as gzip or as it is", async () => {
    const first = await rawRequest(baseURL, "/about-the-data", { "Accept-Encoding": BROWSER_ENCODINGS });
    const again = await rawRequest(baseURL, "/about-the-data", { "Accept-Encoding": BROWSER_ENCODINGS });
    const plain = await rawRequest(baseURL, "/about-the-data");
    for (const res of [first, again, plain]) {
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(res.headers.vary).toBe("Accept-Encoding");
    }
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(again.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gunzipSync(again.body).equals(gunzipSync(first.body))).toBe(true);
    expect(plain.body.equals(gunzipSync(first.body))).toBe(true);
    expect(plain.body.toString("utf8")).toContain("<h1");
  });

  it("answers HEAD for a page with its headers only", async () => {
    const res = await rawRequest(baseURL, "/about-the-data", { "Accept-Encoding": "gzip" }, "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.body.length).toBe(0);
  });
});
