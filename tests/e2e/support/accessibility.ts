import { expect } from "vitest";
import { axeViolations, type OpenPage } from "./browser";

export const DESKTOP = { width: 1280, height: 900 };
export const SMALL_PHONE = { width: 320, height: 800 };

/** axe finds no WCAG 2.2 AA violation, and the page does not scroll sideways, on a desktop and at 320 px. */
export async function expectAccessibleOnDesktopAndPhone(open: OpenPage, path: string): Promise<void> {
  for (const viewport of [DESKTOP, SMALL_PHONE]) {
    const { page } = await open(path, { viewport });
    expect(await axeViolations(page), `axe at ${viewport.width} px`).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `page width at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
  }
}
