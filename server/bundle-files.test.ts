import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleFiles } from "./bundle-files";
import { writeTwins } from "./precompress-assets-plugin";
import { listenOnLoopback, rawRequest } from "./testing/raw-get";

const script = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, k) => ({ k, name: `row ${k}` })))};\n`;

describe("static files with build-time twins", () => {
  let root: string;
  let served: Awaited<ReturnType<typeof listenOnLoopback>>;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "twins-"));
    mkdirSync(path.join(root, "assets"));
    writeFileSync(path.join(root, "assets/chunk-abc123.js"), script);
    writeFileSync(path.join(root, "assets/tiny-abc123.js"), "export {};\n");
    await writeTwins(path.join(root, "assets/chunk-abc123.js"));
    await writeTwins(path.join(root, "assets/tiny-abc123.js"));
    const app = express();
    app.use(
      "/assets",
      bundleFiles(path.join(root, "assets"), { maxAgeSeconds: 31_536_000, immutable: true }),
    );
    served = await listenOnLoopback(app);
  });
  afterAll(async () => {
    await served.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("sends the Brotli twin to a browser that accepts it, typed and cached as the original", async () => {
    const res = await rawRequest(served.baseURL, "/assets/chunk-abc123.js", {
      "Accept-Encoding": "gzip, deflate, br, zstd",
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(res.body).toString("utf8")).toBe(script);
  });

  it("sends the gzip twin when Brotli is not accepted", async () => {
    const res = await rawRequest(served.baseURL, "/assets/chunk-abc123.js", { "Accept-Encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(res.body).toString("utf8")).toBe(script);
  });

  it("sends the file itself to a client that accepts neither, still varying by Accept-Encoding", async () => {
    const res = await rawRequest(served.baseURL, "/assets/chunk-abc123.js");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(res.body.toString("utf8")).toBe(script);
  });

  it("answers HEAD with the twin's headers and no body", async () => {
    const res = await rawRequest(
      served.baseURL,
      "/assets/chunk-abc123.js",
      { "Accept-Encoding": "br" },
      "HEAD",
    );
    expect(res.headers["content-encoding"]).toBe("br");
    expect(Number(res.headers["content-length"])).toBeGreaterThan(0);
    expect(res.body.length).toBe(0);
  });

  it("writes no twin for a file too small to gain, and serves it as it is", async () => {
    const res = await rawRequest(served.baseURL, "/assets/tiny-abc123.js", { "Accept-Encoding": "br, gzip" });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.toString("utf8")).toBe("export {};\n");
  });

  it("leaves any other address, twins included, to whatever comes next", async () => {
    for (const pathname of ["/assets/missing.js", "/assets/chunk-abc123.js.br", "/practices/A1"]) {
      const res = await rawRequest(served.baseURL, pathname, { "Accept-Encoding": "br" });
      expect(res.status).toBe(404);
    }
  });
});
