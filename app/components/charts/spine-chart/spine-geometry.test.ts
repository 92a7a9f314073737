import { describe, expect, it } from "vitest";
import { spineGeometry } from "./spine-geometry";

const base = {
  polarity: "higher_is_worse" as const,
  value: 12,
  comparator_value: 10,
  pcn_value: 11,
  peer_min: 4,
  peer_q1: 8,
  peer_median: 10,
  peer_q3: 13,
  peer_max: 18,
};

describe("spine chart geometry", () => {
  it("puts the comparator in the middle and the worst practice on the left when higher is worse", () => {
    const g = spineGeometry(base);
    // The farther extreme (18, 8 above England's 10) sets the scale: it sits at the left edge.
    expect(g).toMatchObject({ left: -1, right: 0.75, leftValue: 18, rightValue: 4, centreValue: 10 });
    expect(g?.q1).toBeCloseTo(-0.375);
    expect(g?.q3).toBeCloseTo(0.25);
    expect(g?.practice).toBeCloseTo(-0.25);
    expect(g?.pcn).toBeCloseTo(-0.125);
  });

  it("keeps lowest on the left when higher is better or there is no polarity", () => {
    for (const polarity of ["higher_is_better", "none"] as const) {
      const g = spineGeometry({ ...base, polarity });
      expect(g).toMatchObject({ left: -0.75, right: 1, leftValue: 4, rightValue: 18 });
      expect(g?.practice).toBeCloseTo(0.25);
    }
  });

  it("centres on the peer median, and says so, when the comparator has no value", () => {
    const g = spineGeometry({ ...base, comparator_value: null, polarity: "none" });
    expect(g).toMatchObject({ centreValue: 10, centreIsComparator: false });
  });

  it("pins a value outside the peer range to the edge", () => {
    expect(spineGeometry({ ...base, value: 40 })?.practice).toBe(-1);
  });

  it("gives no geometry when there are no peers to draw a range from", () => {
    expect(spineGeometry({ ...base, peer_min: null, peer_max: null })).toBeNull();
  });

  it("does not divide by zero when every practice has the same value", () => {
    const g = spineGeometry({ ...base, peer_min: 10, peer_q1: 10, peer_q3: 10, peer_max: 10, value: 10 });
    expect(g).toMatchObject({ left: 0, right: 0, practice: 0 });
  });
});
