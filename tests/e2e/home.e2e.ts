import { expect, it } from "vitest";
import { axeViolations, describeInBrowser } from "./support/browser";

describeInBrowser("home page: practices and their deprivation", (open) => {
  it("server-renders every practice with an IMD score and decile, with JavaScript off", async () => {
    const { page, problems } = await open("/", { javaScriptEnabled: false });
    await expect(page.locator("h1").textContent()).resolves.toMatch(/^Practices in /);
    const rows = page.locator("table.nhsuk-table tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(30);
    const scores = await rows.locator("td:nth-child(4)").allTextContents();
    for (const score of scores) expect(score).toMatch(/^\d+\.\d$/);
    const deciles = await rows.locator("td:nth-child(5)").allTextContents();
    expect(new Set(deciles)).toEqual(new Set(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]));
    const pcnLinks = await page
      .locator(".app-pcn-list a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(pcnLinks.length).toBeGreaterThanOrEqual(3);
    for (const href of pcnLinks) expect(href).toMatch(/^\/pcns\/[A-Za-z0-9-]+$/);
    // Default order is most deprived first.
    const numeric = scores.map(Number);
    expect(numeric).toEqual([...numeric].sort((a, b) => b - a));
    expect(problems).toEqual({ otherOrigin: [], consoleErrors: [], failedRequests: [] });
  });

  it("filters and sorts without JavaScript through the form's GET request", async () => {
    const { page } = await open("/?sort=imd_score&dir=asc", { javaScriptEnabled: false });
    const scores = (await page.locator("table.nhsuk-table tbody tr td:nth-child(4)").allTextContents()).map(
      Number,
    );
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it("re-sorts and filters in the browser with DuckDB-WASM, without asking the server", async () => {
    const { page, problems } = await open("/");
    await page.waitForLoadState("networkidle");
    const serverRequests: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/" || url.pathname.endsWith(".data")) serverRequests.push(request.url());
    });
    await page.selectOption("#filter-dir", "asc");
    await expect
      .poll(() => page.locator("[role=status]").textContent(), { timeout: 30_000 })
      .toMatch(/Updated in your browser/);
    const scores = (await page.locator("table.nhsuk-table tbody tr td:nth-child(4)").allTextContents()).map(
      Number,
    );
    expect(scores.length).toBeGreaterThanOrEqual(30);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));

    const firstPcn = await page.locator("#filter-pcn option").nth(1).getAttribute("value");
    await page.selectOption("#filter-pcn", firstPcn ?? "");
    await expect
      .poll(
        async () =>
          new Set(await page.locator("table.nhsuk-table tbody tr td:nth-child(2)").allTextContents()).size,
      )
      .toBe(1);
    expect(new URL(page.url()).searchParams.get("pcn")).toBe(firstPcn);
    expect(serverRequests).toEqual([]);
    expect(problems).toEqual({ otherOrigin: [], consoleErrors: [], failedRequests: [] });
  });

  it("has no WCAG 2.2 AA violations", async () => {
    const { page } = await open("/");
    expect(await axeViolations(page)).toEqual([]);
  });
});
