import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignQuantiles, assignQuantilesWithin } from "./assign-quantiles.ts";

// Reference cases from PHEindicatormethods 2.1.0, tests/testthat/testdata_Quantiles.xlsx, sheet testdata_Quantiles
// (rows whose Test starts with "Good"), the data testQuantiles.R checks phe_quantile against: deciles within each
// region, polarity turned into `invert` as data-raw/LoadTestdata.R does ("RAG - High is good" → invert = FALSE,
// otherwise TRUE). Each case is one whole region, in the sheet's row order; u marks an area without a value.
const u = undefined;
interface PublishedCase {
  readonly source: string;
  readonly invert: boolean;
  readonly values: readonly (number | undefined)[];
  readonly deciles: readonly (number | undefined)[];
}

const PUBLISHED = {
  // IndSexReg, indicator 11111 Female, Region1, Area1–Area13: hand-made ties (169.27 twice, 108.9 twice).
  tiesInverted: {
    source: "11111 Female, Region1",
    invert: true,
    values: [
      182.71, 175.99, 169.27, 169.27, 155.83, 149.11, 142.39, 135.67, 128.95, 121.4, 108.9, 108.9, 101.6,
    ],
    deciles: [1, 1, 2, 2, 4, 4, 5, 6, 7, 7, 8, 8, 10],
  },
  // IndSexReg, indicator 22222 Female, Region2, Area14–Area35: hand-made ties (37.8 twice, 46.6 twice).
  tiesNotInverted: {
    source: "22222 Female, Region2",
    invert: false,
    values: [
      10, 11, 13, 15, 19, 20.2, 22.4, 24.6, 26.8, 29, 31.2, 33.4, 35.6, 37.8, 37.8, 42.2, 44.4, 46.6, 46.6,
      51, 53.2, 55.4,
    ],
    deciles: [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 6, 7, 8, 8, 8, 9, 10, 10],
  },
  // IndSexReg, Fingertips indicator 40501 Female, E12000009, E06000025 … E06000053 (the last has no value).
  missingValueInverted: {
    source: "40501 Female, E12000009",
    invert: true,
    values: [
      99.09132822,
      105.9141688,
      106.6076931,
      108.3384726,
      108.5979467,
      109.4761072,
      110.2726168,
      112.0092179,
      116.1820437,
      123.2100694,
      125.3350716,
      126.0517496,
      129.1985965,
      130.8044487,
      134.7667592,
      u,
    ],
    deciles: [10, 9, 9, 8, 7, 7, 6, 5, 5, 4, 3, 3, 2, 1, 1, u],
  },
  // IndSexReg, Fingertips indicator 90366 Female, E12000001, E06000002 … E06000057.
  distinctNotInverted: {
    source: "90366 Female, E12000001",
    invert: false,
    values: [
      79.58215, 81.10001, 81.25647, 81.25743, 81.29486, 81.32928, 81.35759, 81.54632, 81.68566, 82.08973,
      82.4468, 82.63069,
    ],
    deciles: [1, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10],
  },
  // IndSexReg, Fingertips indicator 90366 Female, E12000004, E06000018 … E06000017: 9 areas, too few for deciles.
  tooFewAreas: {
    source: "90366 Female, E12000004",
    invert: false,
    values: [81.11672, 81.65246, 82.69331, 82.7029, 82.7917, 83.04441, 83.17202, 83.99768, 85.44011],
    deciles: [u, u, u, u, u, u, u, u, u],
  },
} satisfies Record<string, PublishedCase>;

describe("assignQuantiles against PHEindicatormethods phe_quantile (testdata_Quantiles.xlsx)", () => {
  it.each(Object.values(PUBLISHED))("deciles for $source (invert $invert)", ({ values, invert, deciles }) => {
    expect(assignQuantiles(values, { quantiles: 10, invert })).toEqual(deciles);
  });

  it("assigns within groups in input order (two regions interleaved, both inverted)", () => {
    const { tiesInverted: a, missingValueInverted: b } = PUBLISHED;
    const rows = [
      ...a.values.map((value, i) => ({ group: "a", value, expected: a.deciles[i], order: 2 * i })),
      ...b.values.map((value, i) => ({ group: "b", value, expected: b.deciles[i], order: 2 * i + 1 })),
    ].sort((x, y) => x.order - y.order);
    expect(
      assignQuantilesWithin(
        rows,
        (row) => row.group,
        (row) => row.value,
        { quantiles: 10, invert: true },
      ),
    ).toEqual(rows.map((row) => row.expected));
  });
});

describe("assignQuantiles rules", () => {
  it("gives tied values the same quantile and skips missing values", () => {
    expect(assignQuantiles([5, 5, 1, undefined, 3, 2], { quantiles: 5, invert: false })).toEqual([
      4,
      4,
      1,
      undefined,
      3,
      2,
    ]);
  });

  it("assigns nothing when there are fewer areas than quantiles", () => {
    expect(assignQuantiles([1, 2, 3], { quantiles: 5 })).toEqual([undefined, undefined, undefined]);
  });

  it("takes a quantile of 0 from floating-point rounding as 1 (17 areas in septiles: 17/7 is inexact)", () => {
    const values = Array.from({ length: 17 }, (_, i) => i + 1);
    expect(assignQuantiles(values, { quantiles: 7, invert: false })).toEqual([
      1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7,
    ]);
  });

  it("puts the highest value in quantile 1 by default and the lowest without invert", () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(assignQuantiles(values)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(assignQuantiles(values, { invert: false })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("assignQuantiles properties", () => {
  const distinctValues = (minLength: number, maxLength: number) =>
    fc.uniqueArray(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
      minLength,
      maxLength,
      comparator: "SameValueZero",
    });

  it("splits distinct values into q quantiles of ⌊N/q⌋ or ⌈N/q⌉ areas each, in rank order", () => {
    fc.assert(
      fc.property(distinctValues(2, 300), fc.integer({ min: 2, max: 20 }), (values, quantiles) => {
        fc.pre(values.length >= quantiles);
        const assigned = assignQuantiles(values, { quantiles, invert: false }) as number[];
        const sizes = new Array<number>(quantiles).fill(0);
        for (const quantile of assigned) {
          expect(quantile).toBeGreaterThanOrEqual(1);
          expect(quantile).toBeLessThanOrEqual(quantiles);
          sizes[quantile - 1] = (sizes[quantile - 1] as number) + 1;
        }
        for (const size of sizes) {
          expect(size).toBeGreaterThanOrEqual(Math.floor(values.length / quantiles));
          expect(size).toBeLessThanOrEqual(Math.ceil(values.length / quantiles));
        }
        const byValue = values.map((value, i) => [value, assigned[i] as number] as const);
        byValue.sort((a, b) => a[0] - b[0]);
        byValue.forEach(([, quantile], i) => {
          if (i > 0)
            expect(quantile).toBeGreaterThanOrEqual((byValue[i - 1] as readonly number[])[1] as number);
        });
      }),
    );
  });

  it("gives tied values the quantile of the lowest of their ranks", () => {
    // Ties broken by position give distinct ranks; the tied group then takes its first (lowest) rank's quantile.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 10, maxLength: 120 }),
        fc.integer({ min: 2, max: 10 }),
        (values, quantiles) => {
          const order = values
            .map((_, i) => i)
            .sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
          const position = new Array<number>(values.length);
          order.forEach((index, rank) => {
            position[index] = rank;
          });
          const untied = assignQuantiles(position, { quantiles, invert: false });
          const firstOf = new Map<number, number>();
          for (const index of order)
            if (!firstOf.has(values[index] as number)) firstOf.set(values[index] as number, index);
          expect(assignQuantiles(values, { quantiles, invert: false })).toEqual(
            values.map((value) => untied[firstOf.get(value) as number]),
          );
        },
      ),
    );
  });

  it("inverting ranks the negated values the other way, and is the default", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 80 }),
        fc.integer({ min: 2, max: 12 }),
        (values, quantiles) => {
          const inverted = assignQuantiles(values, { quantiles, invert: true });
          expect(assignQuantiles(values, { quantiles })).toEqual(inverted);
          expect(inverted).toEqual(
            assignQuantiles(
              values.map((value) => -value),
              { quantiles, invert: false },
            ),
          );
        },
      ),
    );
  });

  it("leaves out missing values without changing the others' quantiles", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), { maxLength: 80 }),
        fc.integer({ min: 2, max: 10 }),
        fc.boolean(),
        (values, quantiles, invert) => {
          const present = values.filter((value): value is number => value !== undefined);
          const withNaN = values.map((value) => value ?? Number.NaN);
          const expected = assignQuantiles(present, { quantiles, invert });
          let next = 0;
          const spread = values.map((value) => (value === undefined ? undefined : expected[next++]));
          expect(assignQuantiles(values, { quantiles, invert })).toEqual(spread);
          expect(assignQuantiles(withNaN, { quantiles, invert })).toEqual(spread);
          if (present.length < quantiles)
            expect(spread.every((quantile) => quantile === undefined)).toBe(true);
        },
      ),
    );
  });

  it("assigns within each group as if the group stood alone", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ group: fc.constantFrom("a", "b", "c"), value: fc.integer({ min: 0, max: 30 }) }),
          {
            maxLength: 120,
          },
        ),
        fc.integer({ min: 2, max: 8 }),
        (rows, quantiles) => {
          const assigned = assignQuantilesWithin(
            rows,
            (row) => row.group,
            (row) => row.value,
            { quantiles },
          );
          for (const group of ["a", "b", "c"]) {
            const members = rows.flatMap((row, i) => (row.group === group ? [i] : []));
            expect(members.map((i) => assigned[i])).toEqual(
              assignQuantiles(
                members.map((i) => (rows[i] as (typeof rows)[number]).value),
                { quantiles },
              ),
            );
          }
        },
      ),
    );
  });
});
