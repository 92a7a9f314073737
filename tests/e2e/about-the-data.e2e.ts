import { expect, it } from "vitest";
import { axeViolations, describeInBrowser } from "./support/browser";

describeInBrowser("about the data: sources, methods and downloads", (open) => {
  it("lists the build's source files with row counts and lets analysts download each table", async () => {
    const { page, problems } = await open("/about-the-data");
    await expect(page.locator("h1").textContent()).resolves.toBe("About the data");
    const sources = await page.locator("#sources + section table tbody tr").allTextContents();
    expect(sources.some((row) => row.includes("gp-reg-pat-prac-lsoa-all.csv"))).toBe(true);
    const indicator = page.locator("#indicator-imd_score");
    await expect(indicator.textContent()).resolves.toMatch(/Index of Multiple Deprivation/i);

    const href = await page.locator("a[download]", { hasText: "areas" }).getAttribute("href");
    expect(href).toMatch(/^\/data\/[^/]+\/areas\.parquet$/);
    const response = await page.request.get(href ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    // Parquet files start and end with the magic bytes "PAR1".
    const body = await response.body();
    expect(body.subarray(0, 4).toString()).toBe("PAR1");
    expect(problems).toEqual({ otherOrigin: [], consoleErrors: [], failedRequests: [] });
  });

  it("has no WCAG 2.2 AA violations", async () => {
    const { page } = await open("/about-the-data");
    expect(await axeViolations(page)).toEqual([]);
  });
});
