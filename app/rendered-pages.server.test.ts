import { gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentBuild } from "~/data/current-build.server";
import { findRenderedPage, keepRenderedPage, RENDERED_PAGE_LIMITS } from "./rendered-pages.server";

vi.mock("~/data/current-build.server", () => ({ getCurrentBuild: vi.fn() }));

/** Makes `version` the current build, as the pipeline's pointer file would. */
function currentVersion(version: string | null) {
  vi.mocked(getCurrentBuild).mockResolvedValue(
    version
      ? ({ version, dir: `/builds/${version}`, manifest: {} } as Awaited<ReturnType<typeof getCurrentBuild>>)
      : null,
  );
}

const html = `<!DOCTYPE html><html lang="en-GB"><body><h1>Practice – “Riverside”</h1>${"<p>row</p>".repeat(200)}</body></html>`;

describe("rendered pages", () => {
  beforeEach(() => currentVersion("v1"));

  it("renders a page once for every request that asks for it, keeping its gzip too", async () => {
    const render = vi.fn(async () => Buffer.from(html));
    const pages = await Promise.all([
      keepRenderedPage("v1", "http://localhost:3000/practices/A1", render),
      keepRenderedPage("v1", "http://127.0.0.1:3000/practices/A1", render),
    ]);
    expect(render).toHaveBeenCalledTimes(1);
    expect(pages[0]).toBe(pages[1]);
    expect(pages[0]?.html.toString("utf8")).toBe(html);
    expect(gunzipSync(pages[0]?.gzip ?? Buffer.alloc(0)).toString("utf8")).toBe(html);
  });

  it("finds a kept page by its path on the current build, as gzip when the client accepts it", async () => {
    await keepRenderedPage("v1", "http://localhost/practices/B2?comparator=icb", async () =>
      Buffer.from(html),
    );
    const gzipped = await findRenderedPage("/practices/B2?comparator=icb", "gzip, deflate, br");
    expect(gzipped?.headers).toMatchObject({
      "Content-Type": "text/html; charset=utf-8",
      "Content-Encoding": "gzip",
      Vary: "Accept-Encoding",
    });
    expect(gunzipSync(gzipped?.body ?? Buffer.alloc(0)).toString("utf8")).toBe(html);
    const plain = await findRenderedPage("/practices/B2?comparator=icb", null);
    expect(plain?.headers["Content-Encoding"]).toBeUndefined();
    expect(plain?.headers["Content-Length"]).toBe(String(Buffer.byteLength(html)));
    expect(plain?.body.toString("utf8")).toBe(html);
  });

  it("finds nothing for another address, another build or no build", async () => {
    await keepRenderedPage("v1", "http://localhost/practices/C3", async () => Buffer.from(html));
    expect(await findRenderedPage("/practices/C3?comparator=pcn", "gzip")).toBeNull();
    expect(await findRenderedPage("//practices/C3", "gzip")).toBeNull();
    currentVersion("v2");
    expect(await findRenderedPage("/practices/C3", "gzip")).toBeNull();
    currentVersion(null);
    expect(await findRenderedPage("/practices/C3", "gzip")).toBeNull();
  });

  it("does not keep a render that failed", async () => {
    await expect(
      keepRenderedPage("v1", "http://localhost/practices/D4", async () =>
        Promise.reject(new Error("render failed")),
      ),
    ).rejects.toThrow("render failed");
    expect(await findRenderedPage("/practices/D4", "gzip")).toBeNull();
    const page = await keepRenderedPage("v1", "http://localhost/practices/D4", async () => Buffer.from(html));
    expect(page.html.toString("utf8")).toBe(html);
  });

  it("keeps pages up to its budget in bytes, forgetting the least recently used first", async () => {
    // Pages the size of the practice list (several MB each): far fewer than the 300-page bound fit.
    const pageBytes = 5_000_000;
    const fitting = Math.floor(RENDERED_PAGE_LIMITS.bytes / pageBytes) - 1;
    const big = (k: number) => Buffer.alloc(pageBytes, `<p>page ${k}</p>`);
    const keep = (k: number) => keepRenderedPage("v1", `http://localhost/?sort=${k}`, async () => big(k));
    for (let k = 0; k < fitting; k++) await keep(k);
    expect(await findRenderedPage("/?sort=0", null)).not.toBeNull();
    // A page this large is compressed off the main thread; its gzip is the same page.
    const gzipped = await findRenderedPage("/?sort=0", "gzip");
    expect(gunzipSync(gzipped?.body ?? Buffer.alloc(0)).equals(big(0))).toBe(true);
    // Page 0 is used again, so page 1 is now the least recently used.
    await keep(0);
    for (let k = fitting; k < fitting + 2; k++) await keep(k);
    expect(await findRenderedPage("/?sort=1", null)).toBeNull();
    expect((await findRenderedPage("/?sort=0", null))?.body.subarray(0, 13).toString()).toBe("<p>page 0</p>");
    expect(await findRenderedPage(`/?sort=${fitting + 1}`, null)).not.toBeNull();
  });
});
