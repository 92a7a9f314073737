import { describe, expect, it } from "vitest";
import type { NeedAssetsRow } from "~/data/queries/need-assets";
import { needAssetsFinding } from "./quadrant-labels";

const row = (name: string, quadrant: NeedAssetsRow["quadrant"]): NeedAssetsRow => ({
  practice_code: name,
  practice_name: name,
  list_size: 1000,
  need_percentile: 60,
  indicators_used: 2,
  supply_per_10k: 1,
  supply_percentile: 30,
  assets_contributing: 1,
  quadrant,
});

describe("needAssetsFinding", () => {
  it("names the priority practices when there are few", () => {
    expect(
      needAssetsFinding(
        [row("Alpha", "priority"), row("Beta", "priority"), row("Cedar", "lower_need_more_assets")],
        "Carers",
      ),
    ).toBe("Carers: 2 of 3 practices have higher need and fewer assets: Alpha and Beta");
  });

  it("counts without naming when many, and says when none or nothing is known", () => {
    const many = ["A", "B", "C", "D"].map((name) => row(name, "priority"));
    expect(needAssetsFinding(many, "Carers")).toBe(
      "Carers: 4 of 4 practices have higher need and fewer assets",
    );
    expect(needAssetsFinding([row("A", "high_need_more_assets")], "Carers")).toBe(
      "Carers: no practice combines higher need with fewer assets",
    );
    expect(needAssetsFinding([row("A", null)], "Carers")).toBe(
      "Carers: no practice has both need and asset figures yet",
    );
  });
});
