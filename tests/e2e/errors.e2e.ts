import { expect, it } from "vitest";
import { axeViolations, describeInBrowser } from "./support/browser";

describeInBrowser("error pages", (open) => {
  it("answers an unknown address with a 404 page inside the site's layout", async () => {
    const { page, problems } = await open("/no-such-page", { expectErrorStatus: ["/no-such-page"] });
    await expect(page.locator("h1").textContent()).resolves.toBe("Page not found");
    await expect(page.locator("header.nhsuk-header").count()).resolves.toBe(1);
    await expect(page.locator("footer.nhsuk-footer").count()).resolves.toBe(1);
    expect(problems).toEqual({ otherOrigin: [], consoleErrors: [], failedRequests: [] });
    expect(await axeViolations(page)).toEqual([]);
  });
});

describeInBrowser("before any data is built", (open) => {
  it("explains how to build data instead of failing, in the site's layout", async () => {
    const { page, problems } = await open("/", { server: "empty", expectErrorStatus: ["/"] });
    await expect(page.locator("h1").textContent()).resolves.toBe("No data has been built yet");
    await expect(page.locator("main").textContent()).resolves.toContain("npm run pipeline");
    await expect(page.locator("header.nhsuk-header").count()).resolves.toBe(1);
    expect(problems).toEqual({ otherOrigin: [], consoleErrors: [], failedRequests: [] });
    expect(await axeViolations(page)).toEqual([]);
  });
});
