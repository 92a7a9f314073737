import { describe, expect, it } from "vitest";
import type { PracticeAgeSexRow } from "~/data/queries/practice-age-sex";
import { preparePyramid, pyramidFinding } from "./prepare-pyramid";

function row(overrides: Partial<PracticeAgeSexRow>): PracticeAgeSexRow {
  return {
    area_type: "practice",
    area_name: "Alpha Surgery",
    sex: "male",
    age_band: "0-4",
    age_start: 0,
    patients: 10,
    share: 5,
    ...overrides,
  };
}

// Two bands only, so shares are easy to check by hand: each area's four shares sum to 100.
const rows: PracticeAgeSexRow[] = [
  row({ sex: "male", age_band: "0-4", age_start: 0, share: 20 }),
  row({ sex: "female", age_band: "0-4", age_start: 0, share: 20 }),
  row({ sex: "male", age_band: "65-69", age_start: 65, share: 25 }),
  row({ sex: "female", age_band: "65-69", age_start: 65, share: 35 }),
  row({ area_type: "icb", area_name: "Demo ICB", sex: "male", age_band: "0-4", age_start: 0, share: 30 }),
  row({ area_type: "icb", area_name: "Demo ICB", sex: "female", age_band: "0-4", age_start: 0, share: 30 }),
  row({ area_type: "icb", area_name: "Demo ICB", sex: "male", age_band: "65-69", age_start: 65, share: 18 }),
  row({
    area_type: "icb",
    area_name: "Demo ICB",
    sex: "female",
    age_band: "65-69",
    age_start: 65,
    share: 22,
  }),
];

describe("preparePyramid", () => {
  it("lines up each band's practice and comparator shares, youngest first", () => {
    const pyramid = preparePyramid([...rows].reverse());
    expect(pyramid?.bands.map((b) => b.ageBand)).toEqual(["0-4", "65-69"]);
    expect(pyramid?.bands[1]).toEqual({
      ageBand: "65-69",
      ageStart: 65,
      practice: { male: 25, female: 35 },
      pcn: null,
      wider: { male: 18, female: 22 },
    });
    expect(pyramid?.aged65Plus).toEqual({ practice: 60, pcn: null, wider: 40 });
    expect(pyramid?.maxShare).toBe(35);
    expect([pyramid?.widerKind, pyramid?.widerName]).toEqual(["icb", "Demo ICB"]);
  });

  it("compares with England instead of the ICB when the rows hold England", () => {
    const england = rows
      .filter((r) => r.area_type === "icb")
      .map((r) => ({ ...r, area_type: "england" as const, area_name: "England", share: r.share - 5 }));
    const pyramid = preparePyramid([...rows, ...england]);
    expect([pyramid?.widerKind, pyramid?.widerName]).toEqual(["england", "England"]);
    expect(pyramid?.bands[1]?.wider).toEqual({ male: 13, female: 17 });
    expect(pyramid?.aged65Plus).toEqual({ practice: 60, pcn: null, wider: 30 });
    expect(pyramid && pyramidFinding(pyramid)).toBe(
      "Alpha Surgery has an older list: 60% aged 65 and over, against 30% in England",
    );
  });

  it("states whether the list is older or younger than the ICB's", () => {
    const pyramid = preparePyramid(rows);
    expect(pyramid && pyramidFinding(pyramid)).toBe(
      "Alpha Surgery has an older list: 60% aged 65 and over, against 40% in Demo ICB",
    );
  });

  it("has nothing to draw without the practice's own ages", () => {
    expect(preparePyramid(rows.filter((r) => r.area_type !== "practice"))).toBeNull();
  });
});
