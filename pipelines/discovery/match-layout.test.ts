import { describe, expect, it } from "vitest";
import { gpRegistrationsByLsoa } from "../importers/gp-registrations-by-lsoa.ts";
import { practiceNetworkMap } from "../importers/practice-network-map.ts";
import { matchLayout, normaliseHeading } from "./match-layout.ts";

describe("normaliseHeading", () => {
  it("makes case, underscores and punctuation irrelevant", () => {
    expect(normaliseHeading("NUMBER_OF_PATIENTS")).toBe(normaliseHeading("Number of Patients"));
    expect(normaliseHeading("LSOA code (2011)")).toBe("lsoa code 2011");
  });
});

describe("matchLayout", () => {
  it("finds the official registrations columns and the older 'Number of Patients' heading", () => {
    const header = [
      "PUBLICATION",
      "EXTRACT_DATE",
      "PRACTICE_CODE",
      "PRACTICE_NAME",
      "LSOA_CODE",
      "SEX",
      "Number of Patients",
    ];
    const match = matchLayout(header, gpRegistrationsByLsoa.columns);
    expect(match.missing).toEqual([]);
    expect(match.columns.get("patients")).toBe(6);
    expect(match.columns.get("lsoa_code")).toBe(4);
  });

  it("reports each missing requirement, an anyOf group as one", () => {
    const match = matchLayout(["PCode", "Practice Name"], practiceNetworkMap.columns);
    expect(match.missing.map((group) => group.map((spec) => spec.name))).toEqual([["pcn_code", "pcn_name"]]);
    expect(match.requirements).toBe(2);
  });

  it("lets the mapping file name the heading for a column", () => {
    const header = ["Practice", "LSOA", "Pats"];
    const match = matchLayout(header, gpRegistrationsByLsoa.columns, {
      practice_code: "Practice",
      lsoa_code: "LSOA",
      patients: "Pats",
    });
    expect(match.missing).toEqual([]);
    expect([...match.columns.entries()]).toEqual([
      ["practice_code", 0],
      ["lsoa_code", 1],
      ["patients", 2],
    ]);
  });
});
