import { describe, expect, it } from "vitest";
import { spineFinding } from "./spine-finding";

describe("the finding a spine chart's title states", () => {
  it("counts significant differences in plain words", () => {
    expect(spineFinding("Diabetes", ["worse", "worse", "similar"], "England")).toBe(
      "Diabetes: 2 of 3 indicators are significantly worse than England",
    );
    expect(spineFinding("Smoking", ["worse", "better", "similar", "similar"], "the ICB")).toBe(
      "Smoking: 1 of 4 indicators is significantly worse than the ICB and 1 is significantly better",
    );
    expect(spineFinding("Deprivation", ["higher", "similar"], "England")).toBe(
      "Deprivation: 1 of 2 indicators is significantly higher than England",
    );
  });

  it("says so when nothing differs, or nothing could be compared", () => {
    expect(spineFinding("Diabetes", ["similar", "similar"], "England")).toBe(
      "Diabetes: no indicator differs significantly from England",
    );
    expect(spineFinding("Deprivation", [null, "not compared"], "England")).toBe(
      "Deprivation: no indicator can be compared with England",
    );
  });
});
