import { expect, it } from "vitest";
import { expectAccessibleOnDesktopAndPhone } from "./support/accessibility";
import { describeInBrowser } from "./support/browser";

const noProblems = { otherOrigin: [], consoleErrors: [], failedRequests: [] };

describeInBrowser("practice profile: spine charts against a chosen comparator", (open) => {
  async function firstPracticePath(): Promise<string> {
    const { page } = await open("/", { javaScriptEnabled: false });
    const href = await page.locator("table.nhsuk-table tbody tr th a").first().getAttribute("href");
    expect(href).toMatch(/^\/practices\/[A-Z0-9]+$/);
    return href ?? "";
  }

  it("server-renders every theme's numbers, limits and comparisons with JavaScript off", async () => {
    const path = await firstPracticePath();
    const { page, problems } = await open(path, { javaScriptEnabled: false });
    const titles = await page.locator("section.app-chart h3").allTextContents();
    expect(titles.some((t) => t.startsWith("Diabetes:"))).toBe(true);
    expect(titles.some((t) => t.startsWith("Deprivation:"))).toBe(true);
    const diabetesRow = page
      .locator("#theme-diabetes-title ~ section tbody tr", { hasText: "Diabetes" })
      .first();
    const cells = await diabetesRow.locator("td").allTextContents();
    // Period, count, denominator, value with its interval, England, PCN, trend, comparison.
    expect(cells[0]).toMatch(/^\d{4}\/\d{2}$/);
    expect(cells[3]).toMatch(/^\d+\.\d%\d+\.\d to \d+\.\d$/);
    expect(cells[7]).toMatch(/(Higher|Lower|Similar|Better|Worse).*England|Similar to England/);
    expect(problems).toEqual(noProblems);
  });

  it("switches the comparator in the browser, without a server round trip, and keeps it in the address", async () => {
    const path = await firstPracticePath();
    const { page, problems } = await open(path);
    await page.waitForLoadState("networkidle");
    const serverRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/practices/")) serverRequests.push(request.url());
    });
    await page.selectOption("#comparator", "pcn");
    await expect
      .poll(() => page.locator("[role=status]").textContent(), { timeout: 30_000 })
      .toMatch(/Updated in your browser/);
    const header = await page.locator("#theme-diabetes-title ~ section thead th").nth(5).textContent();
    const pcnName = await page.locator("#comparator option[value=pcn]").textContent();
    expect(header).toBe(pcnName);
    expect(new URL(page.url()).searchParams.get("comparator")).toBe("pcn");
    expect(serverRequests).toEqual([]);
    expect(problems).toEqual(noProblems);
  });

  it("gives the same numbers after a reload of the shared address (server) as the browser showed", async () => {
    const path = await firstPracticePath();
    const { page } = await open(path);
    await page.waitForLoadState("networkidle");
    await page.selectOption("#comparator", "icb");
    await expect
      .poll(() => page.locator("[role=status]").textContent(), { timeout: 30_000 })
      .toMatch(/Updated/);
    const inBrowser = await page.locator("section.app-chart tbody").allTextContents();
    const { page: reloaded } = await open(new URL(page.url()).pathname + new URL(page.url()).search, {
      javaScriptEnabled: false,
    });
    expect(await reloaded.locator("section.app-chart tbody").allTextContents()).toEqual(inBrowser);
  });

  it("has no WCAG 2.2 AA violations and no sideways scroll, on a desktop and at 320 px wide", async () => {
    await expectAccessibleOnDesktopAndPhone(open, await firstPracticePath());
  });

  it("answers an unknown practice with the 404 page", async () => {
    const { page } = await open("/practices/ZZZ999", { expectErrorStatus: ["/practices/ZZZ999"] });
    await expect(page.locator("h1").textContent()).resolves.toBe("Page not found");
  });
});
