import { describe, expect, it } from "vitest";
import { groupByTheme, themeLabel } from "./group-by-theme";

describe("groupByTheme", () => {
  it("keeps the product's theme order, known themes first, then others alphabetically", () => {
    const rows = [
      { theme: "zebra", id: 1 },
      { theme: "deprivation", id: 2 },
      { theme: "diabetes", id: 3 },
      { theme: "diabetes", id: 4 },
      { theme: "alpha_beta", id: 5 },
    ];
    expect(groupByTheme(rows).map((g) => [g.label, g.rows.map((r) => r.id)])).toEqual([
      ["Diabetes", [3, 4]],
      ["Deprivation", [2]],
      ["alpha beta", [5]],
      ["zebra", [1]],
    ]);
  });

  it("names themes in the product's words", () => {
    expect(themeLabel("loneliness")).toBe("Loneliness and isolation");
    expect(themeLabel("mental_health")).toBe("Mental health");
  });
});
