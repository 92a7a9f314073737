import { expect, it } from "vitest";
import { expectAccessibleOnDesktopAndPhone } from "./support/accessibility";
import { describeInBrowser } from "./support/browser";

const noProblems = { otherOrigin: [], consoleErrors: [], failedRequests: [] };

describeInBrowser("PCN overview: practices × indicators against a comparator", (open) => {
  async function firstPcnPath(): Promise<string> {
    const { page } = await open("/", { javaScriptEnabled: false });
    const href = await page.locator("table.nhsuk-table tbody tr td a").first().getAttribute("href");
    expect(href).toMatch(/^\/pcns\/[A-Z0-9-]+$/);
    return href ?? "";
  }

  it("server-renders each practice's values with their comparisons, and sorts by a column without JavaScript", async () => {
    const path = await firstPcnPath();
    const { page, problems } = await open(`${path}?sort=diabetes_prevalence&dir=desc`, {
      javaScriptEnabled: false,
    });
    await expect(page.locator("h3").first().textContent()).resolves.toMatch(/^All indicators: /);
    const headers = await page.locator("#matrix-title ~ section table thead th").allTextContents();
    const column = headers.findIndex((h) => h.startsWith("Diabetes"));
    expect(column).toBeGreaterThan(1);
    const cells = await page
      .locator(`#matrix-title ~ section table tbody tr td:nth-child(${column + 1})`)
      .allTextContents();
    expect(cells.length).toBeGreaterThanOrEqual(4);
    const values = cells.map((cell) => Number.parseFloat(cell));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(cells.every((cell) => /^\d+\.\d%(Higher|Lower|Similar|Better|Worse)?$/.test(cell))).toBe(true);
    expect(
      await page.locator("#matrix-title ~ section table thead th[aria-sort=descending]").textContent(),
    ).toMatch(/^Diabetes/);
    expect(problems).toEqual(noProblems);
  });

  it("re-sorts and changes comparator in the browser, with no request to the server", async () => {
    const path = await firstPcnPath();
    const { page, problems } = await open(path);
    await page.waitForLoadState("networkidle");
    const serverRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/pcns/")) serverRequests.push(request.url());
    });
    await page.locator("#matrix-title ~ section table thead th a", { hasText: "Patients" }).click();
    const sizes = (
      await page.locator("#matrix-title ~ section table tbody tr td:nth-child(2)").allTextContents()
    ).map((s) => Number(s.replaceAll(",", "")));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    await page.selectOption("#comparator", "icb");
    await expect
      .poll(() => page.locator("[role=status]").textContent(), { timeout: 30_000 })
      .toMatch(/Updated in your browser/);
    const icbName = await page.locator("#comparator option[value=icb]").textContent();
    await expect(page.locator("h3").first().textContent()).resolves.toContain(icbName ?? "");
    expect(new URL(page.url()).searchParams.get("comparator")).toBe("icb");
    expect(new URL(page.url()).searchParams.get("sort")).toBe("list_size");
    expect(serverRequests).toEqual([]);
    expect(problems).toEqual(noProblems);
  });

  it("has no WCAG 2.2 AA violations and no sideways scroll, on a desktop and at 320 px wide", async () => {
    await expectAccessibleOnDesktopAndPhone(open, await firstPcnPath());
  });
});
