import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";
import { compareWithComparator } from "./significance.ts";
import { expectToPrintedPrecision } from "./testing/expect-close.ts";
import { recentTrend } from "./trend.ts";
import { wilsonLimits } from "./wilson.ts";

/**
 * An OHID Fingertips export (indicator 91547, smoking prevalence 15+, QOF) for Pennine Lancashire practices and
 * England, from the shared real-data folder beside the repository. Every published limit is recomputed from the
 * row's Count and Denominator and must agree to the precision Fingertips printed it with.
 */
const REAL_DATA = fileURLToPath(new URL("../../../shared/data/real/", import.meta.url));
const FILE = `${REAL_DATA}pennine-lancashire/fingertips-smoking-prevalence-qof.csv`;
const present = existsSync(FILE);
if (!present)
  console.warn(
    `Skipping the Fingertips real-data checks: ${FILE} is not there (shared/data/real is absent).`,
  );

const LIMIT_COLUMNS = [
  ["Lower CI 95.0 limit", 0.95, "lower"],
  ["Upper CI 95.0 limit", 0.95, "upper"],
  ["Lower CI 99.8 limit", 0.998, "lower"],
  ["Upper CI 99.8 limit", 0.998, "upper"],
] as const;

describe.skipIf(!present)("Fingertips smoking prevalence export (real data)", () => {
  const table = present ? parseCsv(readFileSync(FILE, "utf8")) : { header: [], rows: [] };
  const field = (fields: readonly string[], column: string) => fields[table.header.indexOf(column)] ?? "";

  it("reproduces every published 95% and 99.8% Wilson limit to its last printed digit", () => {
    let checked = 0;
    for (const { line, fields } of table.rows) {
      const count = Number(field(fields, "Count"));
      const denominator = Number(field(fields, "Denominator"));
      for (const [column, confidence, side] of LIMIT_COLUMNS) {
        const published = field(fields, column);
        if (published === "") continue;
        expectToPrintedPrecision(
          wilsonLimits(count, denominator, confidence, 100)[side],
          published,
          `line ${line}, ${column}`,
        );
        checked++;
      }
    }
    expect(checked).toBe(464);
  });

  it("reproduces Fingertips' comparisons with England at 95% (smoking: low is good)", () => {
    const englandByPeriod = new Map<string, number>();
    for (const { fields } of table.rows) {
      if (field(fields, "Area Type") === "England" && field(fields, "Category Type") === "") {
        englandByPeriod.set(field(fields, "Time period"), Number(field(fields, "Value")));
      }
    }
    let compared = 0;
    for (const { line, fields } of table.rows) {
      const published = field(fields, "Compared to England value or percentiles");
      if (!["Better", "Similar", "Worse"].includes(published)) continue;
      const count = Number(field(fields, "Count"));
      const denominator = Number(field(fields, "Denominator"));
      const limits = wilsonLimits(count, denominator, 0.95, 100);
      const england = englandByPeriod.get(field(fields, "Time period"));
      const ours = compareWithComparator(
        { value: (count / denominator) * 100, ...limits },
        england,
        "low-is-good",
      );
      expect(ours, `line ${line}`).toBe(published.toLowerCase());
      compared++;
    }
    expect(compared).toBe(150);
  });

  it("reproduces England's published recent trend, by both Fingertips methods", () => {
    const england = table.rows
      .map((row) => row.fields)
      .filter(
        (f) =>
          field(f, "Area Type") === "England" &&
          field(f, "Category Type") === "" &&
          field(f, "Age") === "15+ yrs",
      )
      .map((f) => ({
        period: Number(field(f, "Time period").slice(0, 4)),
        value: Number(field(f, "Value")),
        count: Number(field(f, "Count")),
        denominator: Number(field(f, "Denominator")),
        ...wilsonLimits(Number(field(f, "Count")), Number(field(f, "Denominator")), 0.95, 100),
      }))
      .map(({ lower, upper, ...point }) => ({ ...point, lower95: lower, upper95: upper }));
    const published = table.rows.find(
      (row) => field(row.fields, "Recent Trend") === "Decreasing and getting better",
    );
    expect(published && field(published.fields, "Area Code")).toBe("E92000001");
    expect(recentTrend(england, "proportion", "low-is-good").label).toBe("Decreasing and getting better");
    expect(recentTrend(england, "limits", "low-is-good").label).toBe("Decreasing and getting better");
  });
});
