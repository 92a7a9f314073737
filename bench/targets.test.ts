import { describe, expect, it } from "vitest";
import { formatFigure } from "./targets.ts";

describe("a figure's line", () => {
  it("shows the figure beside its target from the issues, and whether it is met", () => {
    expect(formatFigure("pipeline_england_seconds", 24.12)).toMatch(
      /^pipeline_england_seconds\s+24\.1 {2}\(target ≤ 60, issue 5: met\)$/,
    );
    expect(formatFigure("practice_page_p95_ms", 412.6)).toMatch(/413 {2}\(target ≤ 150, issue 7: MISSED\)$/);
    expect(formatFigure("pipeline_demo_seconds", 1.234)).toMatch(/1\.23 {2}\(no target; PCN scale\)$/);
  });
});
