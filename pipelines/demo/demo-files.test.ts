import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateDemo } from "./generate.ts";
import { correlation, readCsv, readCsvObjects } from "./testing/read-csv.ts";

/**
 * The pcn-scale files as the pipeline will meet them: official headers, files that agree with each other,
 * polygons that tile, and the social gradients the dashboard is meant to show.
 */
const realData = join(import.meta.dirname, "../../../shared/data/real");
const hasRealData = existsSync(realData);
let dir = "";

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "demo-files-")), "pcn");
  await generateDemo({ scale: "pcn", outDir: dir });
});

const headerOf = (file: string) => readCsv(join(dir, file)).header;
/** The header line with its line ending, so "\r\n" against "\n" counts as a difference. */
const firstLine = (path: string) => /^[^\n]*\n/.exec(readFileSync(path, "utf8"))?.[0];

describe("headers", () => {
  it.skipIf(!hasRealData)("match the real NHS Digital LSOA file and Fingertips export byte for byte", () => {
    const real = (file: string) => firstLine(join(realData, file));
    expect(firstLine(join(dir, "gp-reg-pat-prac-lsoa-all.csv"))).toBe(
      real("pennine-lancashire/gp-reg-pat-prac-lsoa-all.csv"),
    );
    const fingertips = real("pennine-lancashire/fingertips-smoking-prevalence-qof.csv");
    for (const file of [
      "fingertips-diabetes-qof.csv",
      "fingertips-ndh-qof.csv",
      "fingertips-obesity-qof.csv",
      "fingertips-depression-qof.csv",
      "fingertips-smoking-prevalence-qof.csv",
      "fingertips-practice-imd.csv",
    ]) {
      expect(firstLine(join(dir, file)), file).toBe(fingertips);
    }
  });

  it("follow the official single-age, IoD2019 File 7 and Nomis layouts", () => {
    expect(headerOf("gp-reg-pat-prac-sing-age.csv")).toEqual([
      "PUBLICATION",
      "EXTRACT_DATE",
      "TYPE",
      "CCG_CODE",
      "ONS_CCG_CODE",
      "ORG_CODE",
      "POSTCODE",
      "SEX",
      "AGE",
      "NUMBER_OF_PATIENTS",
    ]);
    const imd = headerOf("imd2019-file7.csv");
    expect(imd).toHaveLength(57);
    expect(imd.slice(0, 10)).toEqual([
      "LSOA code (2011)",
      "LSOA name (2011)",
      "Local Authority District code (2019)",
      "Local Authority District name (2019)",
      "Index of Multiple Deprivation (IMD) Score",
      "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)",
      "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)",
      "Income Score (rate)",
      "Income Rank (where 1 is most deprived)",
      "Income Decile (where 1 is most deprived 10% of LSOAs)",
    ]);
    expect(imd).toContain("Income Deprivation Affecting Older People (IDAOPI) Score (rate)");
    expect(imd).toContain("Education, Skills and Training Decile (where 1 is most deprived 10% of LSOAs)");
    expect(imd.at(-1)).toBe(
      "Working age population 18-59/64: for use with Employment Deprivation Domain (excluding prisoners)",
    );
    expect(headerOf("census2021-ts003-lsoa.csv").slice(0, 6)).toEqual([
      "date",
      "geography",
      "geography code",
      "Household composition: Total; measures: Value",
      "Household composition: One person household; measures: Value",
      "Household composition: One person household: Aged 66 years and over; measures: Value",
    ]);
    expect(headerOf("census2021-ts037-lsoa.csv")).toContain("General health: Total: All usual residents");
    expect(headerOf("census2021-ts039-lsoa.csv")).toContain(
      "Provision of unpaid care: Total: All usual residents aged 5 and over",
    );
    expect(headerOf("census2021-ts045-lsoa.csv")).toContain(
      "Number of cars or vans: No cars or vans in household",
    );
  });
});

describe("consistency between files", () => {
  it("gives each practice the same total by LSOA as by sex and single year of age", () => {
    const byLsoa = new Map<string, number>();
    for (const row of readCsvObjects(join(dir, "gp-reg-pat-prac-lsoa-all.csv"))) {
      expect(row.SEX).toBe("ALL");
      byLsoa.set(
        row.PRACTICE_CODE ?? "",
        (byLsoa.get(row.PRACTICE_CODE ?? "") ?? 0) + Number(row.NUMBER_OF_PATIENTS),
      );
    }
    const byAge = new Map<string, number>();
    const allRows = new Map<string, number>();
    const ages = new Set<string>();
    for (const row of readCsvObjects(join(dir, "gp-reg-pat-prac-sing-age.csv"))) {
      const key = row.ORG_CODE ?? "";
      const n = Number(row.NUMBER_OF_PATIENTS);
      if (row.AGE === "ALL") {
        allRows.set(key, (allRows.get(key) ?? 0) + n);
      } else {
        ages.add(row.AGE ?? "");
        byAge.set(key, (byAge.get(key) ?? 0) + n);
      }
    }
    expect(ages.size).toBe(96);
    expect(ages.has("95+")).toBe(true);
    expect(byAge).toEqual(byLsoa);
    expect(allRows).toEqual(byLsoa);
  });

  it("uses only LSOAs that IMD, boundaries and Census know, and practices the lookup knows", () => {
    const imdCodes = new Set(
      readCsvObjects(join(dir, "imd2019-file7.csv")).map((row) => row["LSOA code (2011)"]),
    );
    const geojson = JSON.parse(readFileSync(join(dir, "lsoa-boundaries.geojson"), "utf8")) as {
      features: { properties: { LSOA11CD: string } }[];
    };
    const boundaryCodes = new Set(geojson.features.map((feature) => feature.properties.LSOA11CD));
    const censusCodes = new Set(
      readCsvObjects(join(dir, "census2021-ts003-lsoa.csv")).map((row) => row["geography code"]),
    );
    expect(boundaryCodes).toEqual(imdCodes);
    expect(censusCodes).toEqual(imdCodes);
    for (const code of imdCodes) expect(code).toMatch(/^E019\d{5}$/);

    const registrations = readCsvObjects(join(dir, "gp-reg-pat-prac-lsoa-all.csv"));
    for (const row of registrations) expect(imdCodes.has(row.LSOA_CODE)).toBe(true);

    const lookup = readCsvObjects(join(dir, "practice-pcn-icb.csv"));
    const practiceCodes = new Set(lookup.map((row) => row.practice_code));
    expect(new Set(registrations.map((row) => row.PRACTICE_CODE))).toEqual(practiceCodes);
    const fingertipsPractices = readCsvObjects(join(dir, "fingertips-diabetes-qof.csv"))
      .filter((row) => row["Area Type"] === "GPs")
      .map((row) => row["Area Code"]);
    expect(new Set(fingertipsPractices)).toEqual(practiceCodes);
    expect(lookup.length).toBeGreaterThanOrEqual(38);
    expect(new Set(lookup.map((row) => row.pcn_code)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(lookup.map((row) => row.pcn_code)).size).toBeLessThanOrEqual(5);
    for (const row of lookup) {
      expect(row.practice_code).toMatch(/^[A-P]7\d{4}$/);
      expect(row.pcn_code).toMatch(/^U\d{5}$/);
      expect(row.icb_ons_code).toMatch(/^E54\d{6}$/);
      expect(row.practice_postcode).toMatch(/^Q[A-Z]\d{1,2} \d[A-Z]{2}$/);
    }
  });

  it("adds PCN and ICB rows up from their practices, as Fingertips does", () => {
    const rows = readCsvObjects(join(dir, "fingertips-diabetes-qof.csv")).filter(
      (row) => row["Time period"] === "2023/24",
    );
    const sum = (type: string, field: string) =>
      rows.filter((row) => row["Area Type"] === type).reduce((total, row) => total + Number(row[field]), 0);
    expect(sum("PCNs (v. 26/04/24)", "Count")).toBe(sum("GPs", "Count"));
    expect(sum("ICBs", "Denominator")).toBe(sum("GPs", "Denominator"));
    for (const row of rows) {
      const value = Number(row.Value);
      expect(Number(row["Lower CI 95.0 limit"])).toBeLessThan(value);
      expect(Number(row["Upper CI 95.0 limit"])).toBeGreaterThan(value);
      expect(Math.abs(value - (100 * Number(row.Count)) / Number(row.Denominator))).toBeLessThan(1e-6);
    }
  });

  it("keeps Census totals equal to the sum of their categories", () => {
    const rows = readCsvObjects(join(dir, "census2021-ts045-lsoa.csv"));
    for (const row of rows) {
      const parts = [
        "No cars or vans in household",
        "1 car or van in household",
        "2 cars or vans in household",
        "3 or more cars or vans in household",
      ];
      const total = parts.reduce((sum, part) => sum + Number(row[`Number of cars or vans: ${part}`]), 0);
      expect(total).toBe(Number(row["Number of cars or vans: Total: All households"]));
    }
  });
});

describe("boundaries", () => {
  interface Feature {
    geometry: { type: string; coordinates: number[][][] };
  }

  it("are closed counter-clockwise rings that tile a rectangle with no gap or overlap", () => {
    const geojson = JSON.parse(readFileSync(join(dir, "lsoa-boundaries.geojson"), "utf8")) as {
      features: Feature[];
    };
    let area = 0;
    const edges = new Map<string, number>();
    let minLon = Number.POSITIVE_INFINITY;
    let maxLon = Number.NEGATIVE_INFINITY;
    let minLat = Number.POSITIVE_INFINITY;
    let maxLat = Number.NEGATIVE_INFINITY;
    for (const feature of geojson.features) {
      expect(feature.geometry.type).toBe("Polygon");
      const ring = feature.geometry.coordinates[0] ?? [];
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring.at(-1)).toEqual(ring[0]);
      let signed = 0;
      for (let k = 0; k + 1 < ring.length; k += 1) {
        const [x1 = 0, y1 = 0] = ring[k] ?? [];
        const [x2 = 0, y2 = 0] = ring[k + 1] ?? [];
        for (const value of [x1, y1]) expect(Math.round(value * 1e6) / 1e6).toBe(value);
        signed += x1 * y2 - x2 * y1;
        const key = `${x1},${y1}>${x2},${y2}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
        minLon = Math.min(minLon, x1);
        maxLon = Math.max(maxLon, x1);
        minLat = Math.min(minLat, y1);
        maxLat = Math.max(maxLat, y1);
      }
      expect(signed).toBeGreaterThan(0);
      area += signed / 2;
    }
    // Inner edges are walked once each way by the two polygons that share them; outer edges once.
    for (const [key, count] of edges) {
      expect(count).toBe(1);
      const [from, to] = key.split(">");
      if (!edges.has(`${to}>${from}`)) {
        const [x1, y1] = (from ?? "").split(",").map(Number);
        const [x2, y2] = (to ?? "").split(",").map(Number);
        const onBorder =
          (x1 === x2 && (x1 === minLon || x1 === maxLon)) || (y1 === y2 && (y1 === minLat || y1 === maxLat));
        expect(onBorder, key).toBe(true);
      }
    }
    expect(area).toBeCloseTo((maxLon - minLon) * (maxLat - minLat), 9);
  });
});

describe("plausibility", () => {
  it("makes practice diabetes prevalence rise with practice deprivation", () => {
    const imd = new Map(
      readCsvObjects(join(dir, "fingertips-practice-imd.csv"))
        .filter((row) => row["Area Type"] === "GPs")
        .map((row) => [row["Area Code"], Number(row.Value)]),
    );
    const diabetes = readCsvObjects(join(dir, "fingertips-diabetes-qof.csv")).filter(
      (row) => row["Area Type"] === "GPs" && row["Time period"] === "2023/24",
    );
    const r = correlation(
      diabetes.map((row) => imd.get(row["Area Code"]) ?? Number.NaN),
      diabetes.map((row) => Number(row.Value)),
    );
    expect(r).toBeGreaterThan(0.3);
  });

  it("makes living alone at 66+ commoner where more people are old", () => {
    const imd = new Map(
      readCsvObjects(join(dir, "imd2019-file7.csv")).map((row) => [row["LSOA code (2011)"], row]),
    );
    const households = readCsvObjects(join(dir, "census2021-ts003-lsoa.csv"));
    const olderShare = households.map((row) => {
      const lsoa = imd.get(row["geography code"]) ?? {};
      return (
        Number(lsoa["Older population aged 60 and over: mid 2015 (excluding prisoners)"]) /
        Number(lsoa["Total population: mid 2015 (excluding prisoners)"])
      );
    });
    const aloneShare = households.map(
      (row) =>
        Number(row["Household composition: One person household: Aged 66 years and over; measures: Value"]) /
        Number(row["Household composition: Total; measures: Value"]),
    );
    expect(correlation(olderShare, aloneShare)).toBeGreaterThan(0.5);
  });

  it("gives the demo ICB national IMD ranks and deciles that agree with its scores", () => {
    const rows = readCsvObjects(join(dir, "imd2019-file7.csv"));
    const score = "Index of Multiple Deprivation (IMD) Score";
    const rank = "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)";
    const decile = "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)";
    const sorted = [...rows].sort((a, b) => Number(a[rank]) - Number(b[rank]));
    for (let i = 1; i < sorted.length; i += 1) {
      expect(Number(sorted[i]?.[score])).toBeLessThanOrEqual(Number(sorted[i - 1]?.[score]));
    }
    for (const row of rows) {
      expect(Number(row[rank])).toBeLessThanOrEqual(32_844);
      expect(Number(row[decile])).toBe(1 + Math.floor(((Number(row[rank]) - 1) * 10) / 32_844));
    }
    expect(new Set(rows.map((row) => row[decile])).size).toBeGreaterThanOrEqual(8);
  });
});
