import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type FunnelLinePoint,
  type FunnelOptions,
  type FunnelRow,
  funnelPlotLines,
  proportionFunnelLimits,
} from "./funnel-limits.ts";
import { type FunnelSignificance, funnelSignificance } from "./funnel-significance.ts";
import { expectClose, expectToPrintedPrecision } from "./testing/expect-close.ts";
import { wilsonLimits } from "./wilson.ts";

// Reference values from PHEindicatormethods 2.1.0, tests/testthat/testdata_funnel_*.csv, the data testFunnels.R
// checks calculate_funnel_limits and assign_funnel_significance against. "Row n" is the n-th data row after the
// header. Only a few rows of each table are quoted here.

const LINES = ["lower95", "upper95", "lower998", "upper998"] as const;

/** One published row of funnel lines: the position, and y (and x) for lower95, upper95, lower998, upper998. */
interface PublishedPoint {
  readonly row: number;
  readonly at: number;
  readonly y: readonly [string, string, string, string];
  readonly x?: readonly [number, number, number, number];
  readonly baseline?: string;
}

/** Compares computed lines with published rows: y to the printed precision, or within a relative tolerance. */
function expectPoints(
  lines: readonly FunnelLinePoint[],
  published: readonly PublishedPoint[],
  relativeTolerance?: number,
) {
  expect(lines).toHaveLength(100);
  for (const { row, at, y, x, baseline } of published) {
    const point = lines[row - 1] as FunnelLinePoint;
    const label = `row ${row}`;
    expect(point.at, label).toBe(at);
    LINES.forEach((line, j) => {
      if (relativeTolerance === undefined)
        expectToPrintedPrecision(point[line].y, y[j] as string, `${label} ${line}`);
      else expectClose(point[line].y, Number(y[j]), relativeTolerance, `${label} ${line}`);
      if (x) expectClose(point[line].x, x[j] as number, relativeTolerance ?? 0, `${label} ${line} x`);
    });
    if (baseline !== undefined) expectToPrintedPrecision(point.baseline, baseline, `${label} baseline`);
  }
}

/**
 * The lines depend on the areas only through the average (Σ numerators / Σ denominators) and the smallest and
 * largest denominators (a property checked below for proportions; ratios and rates use the same axis), so two
 * areas with those stand for PHE's whole input table.
 */
function twoAreas(
  average: number,
  smallest: number,
  largest: number,
  kind: "denominator" | "rate",
  multiplier = 1,
): FunnelRow[] {
  return [smallest, largest].map((denominator) =>
    kind === "denominator"
      ? { numerator: average * denominator, denominator }
      : { numerator: average * denominator, rate: average * multiplier },
  );
}

describe("funnelPlotLines against PHEindicatormethods calculate_funnel_limits", () => {
  it("proportions (percentages), 100 points from 1 (testdata_funnel_prop_outputs.csv)", () => {
    // testdata_funnel_prop_inputs.csv, 303 areas: Σ numerator 10325813.8504, Σ denominator 12804440; smallest
    // denominator 16386 (row 166), largest 102950 (row 275).
    const lines = funnelPlotLines(twoAreas(10325813.8504 / 12804440, 16386, 102950, "denominator"), {
      statistic: "proportion",
      multiplier: 100,
    });
    expectPoints(lines, [
      { row: 1, at: 1, y: ["3.204264", "100", "0", "100"], baseline: "80.642448" },
      { row: 3, at: 3, y: ["35.933491", "100", "10.150815", "100"] },
      { row: 25, at: 45, y: ["69.098645", "92.186251", "62.441586", "98.843309"] },
      { row: 50, at: 598, y: ["77.475765", "83.809131", "75.649608", "85.635287"] },
      {
        row: 100,
        at: 110000,
        y: ["80.408963", "80.875933", "80.274317", "81.010578"],
        baseline: "80.642448",
      },
    ]);
  });

  it("proportions whose denominators vary less than twofold (testdata_funnel_prop_outputs_with_axis_variation.csv)", () => {
    // The 97 areas of testdata_funnel_prop_inputs.csv with denominator < 31000: Σ numerator 1997688.9613,
    // Σ denominator 2430860; smallest 16386, largest 30929. The axis starts at a rounded minimum.
    const lines = funnelPlotLines(twoAreas(1997688.9613 / 2430860, 16386, 30929, "denominator"), {
      statistic: "proportion",
      multiplier: 100,
    });
    expectPoints(lines, [
      {
        row: 1,
        at: 10000,
        y: ["81.43030244", "82.93037332", "80.99777342", "83.36290233"],
        baseline: "82.18033788",
      },
      { row: 50, at: 18055, y: ["81.62214661", "82.73852914", "81.30024992", "83.06042583"] },
      { row: 100, at: 33000, y: ["81.76745696", "82.5932188", "81.52935757", "82.83131819"] },
    ]);
  });

  // PHE finds the Poisson lines by bisection, stopping at a step of 1e-7 in v = λ/(1 + O + λ); ours are exact gamma
  // quantiles. At O = 1 and λ ≈ 0.001 (the 99.8% upper line) that step is 5e-5 of λ, elsewhere far less.
  const BISECTION_TOLERANCE = 5e-5;

  // testdata_funnel_ratio_inputs.csv: the lines depend only on the smallest expected count (row 140: 6 observed,
  // 4.293052052 expected) and the largest (row 58: 893 observed, 706.7669173 expected).
  const ratioRows: FunnelRow[] = [
    { numerator: 6, denominator: 4.293052052 },
    { numerator: 893, denominator: 706.7669173 },
  ];
  // testdata_funnel_ratio_outputs.csv rows 1, 2, 50 and 100: observed events, then for lower95, upper95, lower998
  // and upper998 the expected events (x) and the ratio − 1 ("count") and ratio × 100 ("isr") lines.
  const RATIO_POINTS = [
    {
      row: 1,
      at: 1,
      x: [5.571644585, 0.025317898, 9.233410143, 0.001000547],
      count: ["-0.820519779", "38.49774946", "-0.891697652", "998.4532721"],
      isr: ["17.94802207", "3949.774946", "10.83023482", "99945.32721"],
    },
    {
      row: 2,
      at: 2,
      x: [7.224687515, 0.242209467, 11.22886836, 0.04540199],
      count: ["-0.723171418", "7.257315569", "-0.821887662", "43.05093268"],
      isr: ["27.6828582", "825.7315569", "17.81123382", "4405.093268"],
    },
    {
      row: 50,
      at: 73,
      x: [91.78655238, 57.22035714, 103.4533683, 49.4154106],
      count: ["-0.204676523", "0.275769737", "-0.294368069", "0.47727195"],
      isr: ["79.53234772", "127.5769737", "70.56319305", "147.727195"],
    },
    {
      row: 100,
      at: 716,
      x: [770.4222128, 664.5083011, 802.60414, 636.1521174],
      count: ["-0.070639465", "0.077488421", "-0.107903929", "0.125516964"],
      isr: ["92.93605352", "107.7488421", "89.20960712", "112.5516964"],
    },
  ] as const;

  it.each(["count", "isr"] as const)("ratios as %s (testdata_funnel_ratio_outputs.csv)", (ratioType) => {
    const lines = funnelPlotLines(ratioRows, { statistic: "ratio", ratioType });
    expectPoints(
      lines,
      RATIO_POINTS.map(({ row, at, x, ...y }) => ({ row, at, x, y: y[ratioType] })),
      BISECTION_TOLERANCE,
    );
    expect(lines[0]?.baseline).toBe(ratioType === "count" ? 0 : 100);
  });

  // testdata_funnel_rate_input_funnels.csv: 50 areas of events (ev) and rates per 100,000 (rate); each area's
  // person-years are 100,000 × ev / rate. Three years of data.
  const rateOptions = (rateType: "dsr" | "crude"): FunnelOptions => ({
    statistic: "rate",
    rateType,
    multiplier: 1e5,
    yearsOfData: 3,
  });

  it("DSRs per 100,000 over 3 years (testdata_funnel_rate_outputs.csv)", () => {
    // All 50 areas: 27157 events in 23376528.318688456 person-years; smallest row 47 (22 at 185), largest row 36
    // (870 at 79).
    const rows = twoAreas(27157 / 23376528.318688456, (1e5 * 22) / 185, (1e5 * 870) / 79, "rate", 1e5);
    expectPoints(
      funnelPlotLines(rows, rateOptions("dsr")),
      [
        {
          row: 1,
          at: 1,
          x: [1598.675694, 7.264481402, 2649.348525, 0.287087625],
          y: ["20.85059119", "4588.535848", "12.58170943", "116108.569"],
          baseline: "116.1720835",
        },
        {
          row: 50,
          at: 94,
          x: [33006.2688, 21795.70245, 36723.73682, 19184.7108],
          y: ["94.93146143", "143.7592268", "85.32174568", "163.3245018"],
        },
        {
          row: 100,
          at: 1360,
          x: [411529.9259, 369759.5622, 424043.2424, 358342.3275],
          y: ["110.158048", "122.6021934", "106.9073359", "126.5084525"],
        },
      ],
      BISECTION_TOLERANCE,
    );
  });

  it("crude rates with an area of fewer than 10 events (testdata_funnel_rate_outputs_2.csv)", () => {
    // As testFunnels.R builds it: the area with most events (row 23: 988 at 167) given 5 events at the same rate,
    // 26174 events in 22787905.564197436 person-years; that area is now the smallest, row 36 the largest.
    const rows = twoAreas(26174 / 22787905.564197436, (1e5 * 5) / 167, (1e5 * 870) / 79, "denominator");
    expectPoints(
      funnelPlotLines(rows, rateOptions("crude")),
      [
        {
          row: 1,
          at: 1,
          x: [1616.949526, 7.347518827, 2679.632184, 0.290369211],
          y: ["20.61494982", "4536.678859", "12.4395182", "114796.3768"],
          baseline: "114.8591735",
        },
        {
          row: 100,
          at: 1344,
          x: [411466.9163, 369466.4508, 424051.9679, 357990.2328],
          y: ["108.8787415", "121.2559352", "105.6474286", "125.143079"],
        },
      ],
      BISECTION_TOLERANCE,
    );
  });

  it("crude rates with an area of 0 events and its denominator (testdata_funnel_rate_outputs_3.csv)", () => {
    // As testFunnels.R builds it: the 18 areas with more than half the largest person-years, row 23 given 0
    // events (its person-years, 100,000 × 988 / 167, still count): 13315 events in 13927408.912887214
    // person-years; smallest row 15 (601 at 109), largest row 36. Less than twofold, so the axis is rounded.
    const average = 13315 / 13927408.912887214;
    const zeroArea = (1e5 * 988) / 167;
    const [smallest, largest] = twoAreas(average, (1e5 * 601) / 109, (1e5 * 870) / 79, "denominator");
    const rows: FunnelRow[] = [
      { ...(smallest as FunnelRow), numerator: (smallest as FunnelRow).numerator + average * zeroArea },
      largest as FunnelRow,
      { numerator: 0, denominator: zeroArea },
    ];
    expectPoints(
      funnelPlotLines(rows, rateOptions("crude")),
      [
        {
          row: 1,
          at: 286,
          x: [111970.3773, 88494.9416, 119317.6437, 82485.29064],
          y: ["85.14156661", "107.727438", "79.89877305", "115.5761622"],
          baseline: "95.60285106",
        },
        {
          row: 100,
          at: 1119,
          x: [413702.6663, 367628.0403, 427558.6565, 355104.4927],
          y: ["90.16137202", "101.4612486", "87.23949201", "105.0395046"],
        },
      ],
      BISECTION_TOLERANCE,
    );
  });
});

describe("funnelPlotLines properties", () => {
  const proportionAreas = fc.array(
    fc
      .record({
        denominator: fc.integer({ min: 1, max: 1_000_000 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ denominator, share }) => ({ numerator: Math.round(share * denominator), denominator })),
    { minLength: 1, maxLength: 40 },
  );

  it("depend on the areas only through the average and the smallest and largest denominators", () => {
    fc.assert(
      fc.property(proportionAreas, (rows) => {
        const denominators = rows.map((row) => row.denominator);
        const average =
          rows.reduce((sum, row) => sum + row.numerator, 0) / denominators.reduce((sum, d) => sum + d, 0);
        const options = { statistic: "proportion", multiplier: 100 } as const;
        const lines = funnelPlotLines(rows, options);
        const summary = funnelPlotLines(
          twoAreas(average, Math.min(...denominators), Math.max(...denominators), "denominator"),
          options,
        );
        summary.forEach((point, i) => {
          const full = lines[i] as FunnelLinePoint;
          expect(point.at).toBe(full.at);
          for (const line of LINES) expect(point[line].y).toBeCloseTo(full[line].y, 9);
        });
      }),
    );
  });

  it("give 100 increasing whole-number positions with nested, ordered limits inside [0, multiplier]", () => {
    fc.assert(
      fc.property(proportionAreas, (rows) => {
        const lines = funnelPlotLines(rows, { statistic: "proportion", multiplier: 100 });
        expect(lines).toHaveLength(100);
        lines.forEach((point, i) => {
          expect(Number.isInteger(point.at)).toBe(true);
          if (i > 0) expect(point.at).toBeGreaterThan((lines[i - 1] as FunnelLinePoint).at);
          const ys = [point.lower998.y, point.lower95.y, point.baseline, point.upper95.y, point.upper998.y];
          ys.forEach((y, j) => {
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(100);
            if (j > 0) expect(y).toBeGreaterThanOrEqual((ys[j - 1] as number) - 1e-9);
          });
        });
      }),
    );
  });
});

describe("funnelSignificance against PHEindicatormethods assign_funnel_significance", () => {
  // Hand-picked: every label, and the areas nearest a limit (within 2% of the funnel's width for proportions,
  // 0.5% of the ratio or rate for the others), so that a slightly wrong limit changes a label.

  it("proportions (testdata_funnel_prop_inputs.csv)", () => {
    // Rows 120, 143, 168, 211 and 230, and the other 298 areas pooled into one row (their summed numerators and
    // denominators), which keeps the average of all 303 areas.
    const published: readonly [FunnelRow, FunnelSignificance][] = [
      [{ numerator: 30277.5312, denominator: 37828 }, "Low (0.025)"], // North Devon PCT
      [{ numerator: 16924.1296, denominator: 20776 }, "High (0.025)"], // Royston, Buntingford and Bishop's Stortford PCT
      [{ numerator: 59356.4384, denominator: 73352 }, "Not significant"], // Ashton, Leigh and Wigan PCT
      [{ numerator: 26734.0178, denominator: 32867 }, "High (0.001)"], // Rochdale PCT
      [{ numerator: 56140.4742, denominator: 70053 }, "Low (0.001)"], // Sunderland Teaching PCT
    ];
    const { average, significance } = funnelSignificance(
      [...published.map(([row]) => row), { numerator: 10136381.2592, denominator: 12569564 }],
      { statistic: "proportion" },
    );
    expectClose(average, 10325813.8504 / 12804440, 1e-12, "average");
    expect(significance.slice(0, published.length)).toEqual(published.map(([, label]) => label));
  });

  it("ratios (testdata_funnel_ratio_inputs.csv), each area on its own", () => {
    // [row, observed and expected, label]; rows 1 and 140 have fewer than 10 events (exact limits), row 8 none.
    const published: readonly [number, FunnelRow, FunnelSignificance][] = [
      [1, { numerator: 8, denominator: 6.239860227 }, "Not significant"],
      [3, { numerator: 159, denominator: 232.9329036 }, "Low (0.001)"],
      [8, { numerator: 0, denominator: 240.6273499 }, "Low (0.001)"],
      [51, { numerator: 275, denominator: 226.4679239 }, "High (0.001)"],
      [67, { numerator: 355, denominator: 318.5570711 }, "High (0.025)"],
      [140, { numerator: 6, denominator: 4.293052052 }, "Not significant"],
      [142, { numerator: 85, denominator: 67.9184978 }, "Not significant"],
      [159, { numerator: 72, denominator: 90.53187476 }, "Not significant"],
      [214, { numerator: 83, denominator: 103.0799801 }, "Low (0.025)"],
    ];
    const { significance } = funnelSignificance(
      published.map(([, row]) => row),
      { statistic: "ratio" },
    );
    expect(significance).toEqual(published.map(([, , label]) => label));
  });

  // testdata_funnel_rate_dsr_inputs.csv rows 7, 10, 11, 13, 25, 28, 31, 32 and 40: count, rate_dsr, pop,
  // rate_crude_per_100000, then the published labels dsr_per_100000_with_0 and crude_per_100000_with_0. The other
  // 31 areas are pooled into one row (60258 events; 8492050.217408383 person-years from their DSRs, population
  // 8757481), which keeps the average of all 40.
  const RATE_ROWS = [
    [2130, 752.3254955, 286718, 742.8902266, "High (0.025)", "High (0.001)"],
    [2083, 717.7035916, 297424, 700.3469794, "Not significant", "High (0.025)"],
    [2078, 755.8016993, 272628, 762.2107781, "High (0.001)", "High (0.001)"],
    [2061, 702.2972468, 294692, 699.3742619, "Not significant", "High (0.025)"],
    [1844, 657.1114147, 282519, 652.6994645, "Low (0.025)", "Not significant"],
    [1825, 654.7053631, 284206, 642.1398563, "Low (0.001)", "Not significant"],
    [1798, 703.1689982, 287072, 626.3237097, "Not significant", "Low (0.025)"],
    [1754, 567.9922764, 282744, 620.3491498, "Low (0.001)", "Low (0.001)"],
    [0, undefined, 297820, 0, "Not applicable for events less than 10 for dsrs", "Low (0.001)"],
  ] as const;

  it("rates: DSRs per 100,000, with an area of 0 events", () => {
    const rows: FunnelRow[] = RATE_ROWS.map(([count, rate, pop]) => ({
      numerator: count,
      denominator: pop,
      ...(rate === undefined ? {} : { rate }),
    }));
    rows.push({ numerator: 60258, rate: (1e5 * 60258) / 8492050.217408383 });
    const { significance } = funnelSignificance(rows, {
      statistic: "rate",
      rateType: "dsr",
      multiplier: 1e5,
    });
    expect(significance.slice(0, RATE_ROWS.length)).toEqual(RATE_ROWS.map((row) => row[4]));
  });

  it("rates: crude per 100,000, with an area of 0 events (its population counts)", () => {
    const rows: FunnelRow[] = RATE_ROWS.map(([count, , pop, rate]) => ({
      numerator: count,
      denominator: pop,
      rate,
    }));
    rows.push({ numerator: 60258, denominator: 8757481 });
    const { significance } = funnelSignificance(rows, {
      statistic: "rate",
      rateType: "crude",
      multiplier: 1e5,
    });
    expect(significance.slice(0, RATE_ROWS.length)).toEqual(RATE_ROWS.map((row) => row[5]));
  });
});

describe("funnelSignificance properties", () => {
  const ORDER: readonly FunnelSignificance[] = [
    "Low (0.001)",
    "Low (0.025)",
    "Not significant",
    "High (0.025)",
    "High (0.001)",
  ];

  it("ratios: more events against the same expected count never rank lower", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 6000 }),
        (expected, a, b) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          const { significance } = funnelSignificance(
            [
              { numerator: fewer, denominator: expected },
              { numerator: more, denominator: expected },
            ],
            { statistic: "ratio" },
          );
          expect(ORDER.indexOf(significance[1] as FunnelSignificance)).toBeGreaterThanOrEqual(
            ORDER.indexOf(significance[0] as FunnelSignificance),
          );
        },
      ),
    );
  });

  it("rates: the same areas per 100 or per 100,000 get the same labels", () => {
    // testFunnels.R checks this with the per-100 columns of testdata_funnel_rate_dsr_inputs.csv.
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            numerator: fc.integer({ min: 10, max: 5000 }),
            rate: fc.integer({ min: 100, max: 2000 }),
          }),
          { minLength: 2, maxLength: 30 },
        ),
        fc.constantFrom("dsr", "crude") as fc.Arbitrary<"dsr" | "crude">,
        (areas, rateType) => {
          const perHundredThousand = funnelSignificance(areas, {
            statistic: "rate",
            rateType,
            multiplier: 1e5,
          });
          const perHundred = funnelSignificance(
            areas.map((area) => ({ ...area, rate: area.rate / 1000 })),
            { statistic: "rate", rateType, multiplier: 100 },
          );
          expect(perHundred.significance).toEqual(perHundredThousand.significance);
        },
      ),
    );
  });
});

describe("proportionFunnelLimits", () => {
  it("is where the Wilson interval of an area just reaches the average", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 1_000_000 }),
        fc.double({ min: 0.02, max: 0.98, noNaN: true }),
        fc.constantFrom(0.95, 0.998),
        (population, average, confidence) => {
          const { lower, upper } = proportionFunnelLimits(population, average, confidence);
          if (upper < 1)
            expectClose(wilsonLimits(upper * population, population, confidence).lower, average, 1e-12);
          if (lower > 0)
            expectClose(wilsonLimits(lower * population, population, confidence).upper, average, 1e-12);
        },
      ),
    );
  });
});
