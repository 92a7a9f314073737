import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { axeViolations, describeInBrowser } from "./support/browser";

const noProblems = { otherOrigin: [], consoleErrors: [], failedRequests: [] };

describeInBrowser("practice catchment map: choropleth, assets, zoom and its table", (open) => {
  async function mapPath(): Promise<string> {
    const { page } = await open("/", { javaScriptEnabled: false });
    const href = await page.locator("table.nhsuk-table tbody tr th a").first().getAttribute("href");
    expect(href).toMatch(/^\/practices\/[A-Z0-9]+$/);
    return `${href}/map`;
  }

  const title = (page: Page) => page.locator("#catchment-map-title").textContent();
  const zoom = (page: Page) => page.locator(".app-map__svg").getAttribute("data-zoom");
  const fills = (page: Page) =>
    page
      .locator(".app-map__svg path[data-lsoa]")
      .evaluateAll((paths) => paths.map((p) => p.getAttribute("fill")));

  it("server-renders the map, its key and every neighbourhood's numbers with JavaScript off", async () => {
    const { page, problems } = await open(await mapPath(), { javaScriptEnabled: false });
    expect(await title(page)).toMatch(
      /^Half of .+'s patients live in \d+ of its \d+ neighbourhoods \(LSOAs\)$/,
    );
    expect(await page.locator(".app-map__svg path[data-lsoa]").count()).toBeGreaterThan(10);
    expect(await page.locator(".app-map-legend li").first().textContent()).toMatch(
      /^Under \d[\d.]*% \(\d+ areas?\)$/,
    );
    const firstRow = await page
      .locator(".app-map__table tbody tr")
      .first()
      .locator("td, th")
      .allTextContents();
    // LSOA code, name, patients, share, IMD decile, living alone 66+, on the map.
    expect(firstRow[0]).toMatch(/^E01\d{6}$/);
    expect(firstRow[2]).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(firstRow[3]).toMatch(/^\d+\.\d%$/);
    expect(firstRow[4]).toMatch(/^([1-9]|10)$/);
    expect(firstRow[5]).toMatch(/^\d+\.\d%$/);
    expect(await page.locator("#catchment-map-assets-title").textContent()).toMatch(
      /community assets? in the/,
    );
    expect(await page.locator(".app-map .app-chart__footnote").textContent()).toMatch(
      /Boundaries: fictional/,
    );
    expect(problems).toEqual(noProblems);
  });

  it("redraws a chosen layer and theme on the server too, from the address, for a reader without JavaScript", async () => {
    const { page, problems } = await open(`${await mapPath()}?layer=imd_decile&theme=older_people`, {
      javaScriptEnabled: false,
    });
    expect(await title(page)).toMatch(/England's most deprived fifth of neighbourhoods/);
    expect(await page.locator("#catchment-map-assets-title").textContent()).toMatch(/for older people/);
    expect(problems).toEqual(noProblems);
  });

  it("switches layer and asset theme in the browser, without a server round trip, and keeps them in the address", async () => {
    const path = await mapPath();
    const { page, problems } = await open(path);
    await page.waitForLoadState("networkidle");
    const serverRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/practices/")) serverRequests.push(request.url());
    });
    const before = await fills(page);
    await page.selectOption("#map-layer", "imd_decile");
    await expect.poll(() => title(page)).toMatch(/England's most deprived fifth of neighbourhoods/);
    expect(await page.locator(".app-map-legend li").first().textContent()).toMatch(
      /^Deciles 1–2 \(most deprived fifth\)/,
    );
    expect(await fills(page)).not.toEqual(before);
    await page.selectOption("#map-theme", "older_people");
    await expect
      .poll(() => page.locator("#catchment-map-assets-title").textContent())
      .toMatch(/for older people/);
    const search = new URL(page.url()).searchParams;
    expect([search.get("layer"), search.get("theme")]).toEqual(["imd_decile", "older_people"]);
    expect(serverRequests).toEqual([]);
    expect(problems).toEqual(noProblems);

    // The shared address opens the same view, drawn by the server.
    const { page: reloaded } = await open(new URL(page.url()).pathname + new URL(page.url()).search, {
      javaScriptEnabled: false,
    });
    expect(await title(reloaded)).toBe(await title(page));
    expect(await fills(reloaded)).toEqual(await fills(page));
  });

  it("zooms and moves with the keyboard alone, with a visible focus", async () => {
    const { page, problems } = await open(await mapPath());
    await page.waitForLoadState("networkidle");
    await page.locator("#map-layer").focus();
    // Tab forward from the layer control until the map itself has focus: every stop on the way is reachable.
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("app-map__viewport"))) break;
    }
    const viewport = page.locator(".app-map__viewport");
    await expect.poll(() => viewport.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await viewport.evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe("none");
    const transform = () => page.locator(".app-map__svg > g").first().getAttribute("transform");
    await page.keyboard.press("+");
    await expect.poll(() => zoom(page)).toBe("1.5");
    const zoomed = await transform();
    await page.keyboard.press("ArrowRight");
    await expect.poll(transform).not.toBe(zoomed);
    await page.keyboard.press("-");
    await expect.poll(() => zoom(page)).toBe("1");
    await page.keyboard.press("0");
    expect(await transform()).toBe("translate(0 0) scale(1)");
    expect(problems).toEqual(noProblems);
  });

  it("lets a keyboard user reach any neighbourhood from the table, and skip the map", async () => {
    const { page, problems } = await open(await mapPath());
    await page.waitForLoadState("networkidle");
    const show = page.getByRole("button", { name: /^Show .+ on map$/ }).nth(2);
    await show.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".app-map [role=status]").textContent())
      .toMatch(/^.+ \(E01\d{6}\): [\d,]+ patients/);
    expect(Number(await zoom(page))).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("app-map__viewport");
    expect(await page.locator(".app-map-table__selected").count()).toBe(1);

    await page.locator(".app-map__skip").focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("catchment-map-table-title");
    expect(problems).toEqual(noProblems);
  });

  it("downloads the map as a standalone SVG with its title, key and sources", async () => {
    const { page, problems } = await open(await mapPath());
    await page.waitForLoadState("networkidle");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download chart (SVG)" }).first().click(),
    ]);
    const svg = await readFile((await download.path()) ?? "", "utf8");
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain(String(await title(page)).replaceAll("'", "&#x27;"));
    expect(svg).toContain("Boundaries: fictional");
    expect(problems).toEqual(noProblems);
  });

  it("has no WCAG 2.2 AA violations and no sideways page scroll, on a desktop and at 320 px wide", async () => {
    const path = await mapPath();
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 320, height: 800 },
    ]) {
      const { page, problems } = await open(path, { viewport });
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      expect(problems).toEqual(noProblems);
    }
  });

  it("answers an unknown practice with the 404 page", async () => {
    const { page } = await open("/practices/ZZZ999/map", { expectErrorStatus: ["/practices/ZZZ999/map"] });
    await expect(page.locator("h1").textContent()).resolves.toBe("Page not found");
  });
});
