import { expect, it } from "vitest";
import { expectAccessibleOnDesktopAndPhone } from "./support/accessibility";
import { describeInBrowser } from "./support/browser";

const noProblems = { otherOrigin: [], consoleErrors: [], failedRequests: [] };

describeInBrowser("need against community assets, per PCN and theme", (open) => {
  async function needPagePath(): Promise<string> {
    const { page } = await open("/", { javaScriptEnabled: false });
    const pcn = await page.locator("table.nhsuk-table tbody tr td a").first().getAttribute("href");
    const { page: overview } = await open(pcn ?? "", { javaScriptEnabled: false });
    const href = await overview.locator("a[href*='/need-and-assets?theme=']").first().getAttribute("href");
    expect(href).toMatch(/^\/pcns\/[^/]+\/need-and-assets\?theme=[a-z_]+$/);
    return href ?? "";
  }

  it("server-renders each practice's position with the indicators and assets behind it", async () => {
    const { page, problems } = await open(await needPagePath(), { javaScriptEnabled: false });
    await expect(page.locator("h1").textContent()).resolves.toBe("Need against community assets");
    const rows = page.locator("#quadrant-title ~ section table tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    const first = await rows.first().locator("td").allTextContents();
    expect(first[0]).toMatch(/need/);
    expect(first[1]).toMatch(/^\d+$/);
    // Never a bare score: the indicators behind the need are named with their values and periods.
    expect(first[2]).toMatch(/\(\d{4}.*; percentile \d+\)/);
    expect(first[3]).toMatch(/^\d+\.\d{2}percentile \d+$/);
    expect(await page.locator("svg.app-quadrant circle").count()).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual(noProblems);
  });

  it("switches theme in the browser without asking the server", async () => {
    const { page, problems } = await open(await needPagePath());
    await page.waitForLoadState("networkidle");
    const serverRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/pcns/")) serverRequests.push(request.url());
    });
    const before = await page.locator("#quadrant-title").textContent();
    await page.selectOption("#theme", "carers");
    await expect
      .poll(() => page.locator("[role=status]").textContent(), { timeout: 30_000 })
      .toMatch(/Updated in your browser/);
    await expect.poll(() => page.locator("#quadrant-title").textContent()).toMatch(/^Carers: /);
    expect(await page.locator("#quadrant-title").textContent()).not.toBe(before);
    expect(new URL(page.url()).searchParams.get("theme")).toBe("carers");
    expect(serverRequests).toEqual([]);
    expect(problems).toEqual(noProblems);
  });

  it("has no WCAG 2.2 AA violations and no sideways scroll, on a desktop and at 320 px wide", async () => {
    await expectAccessibleOnDesktopAndPhone(open, await needPagePath());
  });
});
