import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its own region on narrow screens (320 px) rather than the page.
 * Keyboard users must be able to scroll it, so the region takes focus (WCAG 2.1.1, axe
 * scrollable-region-focusable) and is named by the heading it belongs to.
 */
export function ScrollableTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard
    <section className="app-table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
