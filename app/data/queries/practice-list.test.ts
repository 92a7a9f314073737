import { describe, expect, it } from "vitest";
import { practiceListParams, practiceListQuery } from "./practice-list";

describe("practice list parameters from the address bar", () => {
  it("defaults to the most deprived practices first", () => {
    expect(practiceListParams.parse({})).toEqual({ sort: "imd_score", dir: "desc" });
  });

  it("falls back to defaults for values a hand-edited URL may carry, rather than failing the page", () => {
    expect(practiceListParams.parse({ sort: "password", dir: "sideways", pcn: "", q: "  " })).toEqual({
      sort: "imd_score",
      dir: "desc",
    });
  });

  it("binds the PCN and search text as values, never as SQL", () => {
    const statement = practiceListQuery.sql(
      practiceListParams.parse({ pcn: "U12345", q: "o'brien", sort: "name", dir: "asc" }),
    );
    expect(statement.values).toEqual(["U12345", "o'brien"]);
    expect(statement.text).not.toContain("o'brien");
    expect(statement.text).toMatch(/ORDER BY practice_name ASC NULLS LAST/);
  });
});
