import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SiiOptions, type SiiQuantile, simulateSii, slopeIndexOfInequality } from "./sii.ts";
import { expectClose } from "./testing/expect-close.ts";

// Reference cases from PHEindicatormethods 2.1.0, tests/testthat/testdata_SII.xlsx, the data testSII.R checks
// phe_sii against: area1 of each value type (deciles 1–10), and the published SII, RII, intercept and limits of
// the records named at each case. The SII, RII and intercept must match exactly; simulated limits depend on the
// random numbers, so, as in testSII.R, they must agree within 5%.

/** [population, value, lower95, upper95, standard error on the working scale] for deciles 1…10. */
type Decile = readonly [number, number, number, number, number];

// Records 1–10: value type 0 (normal).
const NORMAL: readonly Decile[] = [
  [7291, 75.9334590103081, 72.7220530546453, 79.1448649659708, 1.638472426358545],
  [7997, 78.3442382727843, 75.2509802190802, 81.4374963264884, 1.578192884542907],
  [6105, 83.8360631041654, 80.8697295124759, 86.8023966958549, 1.5134355059640296],
  [7666, 83.6375399664931, 80.157578356036, 87.1175015769501, 1.7754906175801293],
  [5790, 80.4655031529559, 77.1308785969275, 83.8001277089842, 1.7013390591981388],
  [6934, 81.1156759857022, 78.0499986811178, 84.1813532902866, 1.56412107376755],
  [5918, 81.6930835718562, 79.011578491948, 84.3745886517644, 1.3681148366878566],
  [5974, 84.1900062060987, 81.4457282769343, 86.9342841352631, 1.4001418005940802],
  [7147, 80.5955641081472, 75.827185168894, 85.3639430474004, 2.4328463975781616],
  [7534, 86.2894349578624, 83.2190593454592, 89.3598105702656, 1.5665181695934678],
];

// Records 71–80: value type 1 (rate); standard errors on the log scale.
const RATE: readonly Decile[] = [
  [279012, 5.892219689475721, 5.614959662410748, 6.183085357576154, 0.02458749781093432],
  [255993, 4.7345044591063035, 4.475920770781004, 5.0079519402470885, 0.028651772387909245],
  [236961, 3.827634083245766, 3.586926055445024, 4.0844291026854505, 0.03313428067829554],
  [214315, 3.8681380211371112, 3.6140791140579505, 4.1399822998098585, 0.03465674221781768],
  [192812, 3.6771570234217785, 3.4166969870147965, 3.9573934822289045, 0.03747737394554521],
  [183546, 3.1436261209723995, 2.8977176350029272, 3.4103317188858107, 0.041552591866051265],
  [168593, 3.1258711808912585, 2.870493809285979, 3.4038909874130083, 0.04347834474318538],
  [164822, 2.942568346458604, 2.6924041297904315, 3.2159015715579464, 0.045324801522114426],
  [154836, 2.82879950399132, 2.57630573787527, 3.1059621495836955, 0.04769567606225466],
  [138165, 2.7648101907140012, 2.501420619088458, 3.05584866618335, 0.05107105401330555],
];

// Records 91–100: value type 2 (proportion, the sheet's count / population); standard errors on the logit scale.
const PROPORTION: readonly Decile[] = [
  [34353, 0.21212121212121202, 0.207830499225555, 0.216476300812899, 0.013197018471840493],
  [32112, 0.214281265570503, 0.209827711465288, 0.218803170788612, 0.013599402535469379],
  [27715, 0.204077214504781, 0.19937351725899902, 0.208862933590925, 0.014903436058054755],
  [25372, 0.19186504808450303, 0.187066648694241, 0.19675673996565, 0.015942525582502205],
  [23889, 0.174808489262841, 0.170044640703038, 0.17967690552753499, 0.01703390526979317],
  [23260, 0.16663800515907098, 0.16190410576997, 0.17148199783416998, 0.017593885815626962],
  [23180, 0.156039689387403, 0.151425075468518, 0.160768288675927, 0.018098141690297317],
  [24193, 0.146571322283305, 0.142170753783533, 0.151084110529924, 0.018176743057472546],
  [23609, 0.140370197805921, 0.13599767093637602, 0.144859737537153, 0.01873422095544007],
  [24488, 0.120875530872264, 0.11685200990738201, 0.125017980504761, 0.019601724030759937],
];

function quantilesOf(deciles: readonly Decile[], inputs: "se" | "limits"): SiiQuantile[] {
  return deciles.map(([population, value, lower95, upper95, standardError], i) => ({
    quantile: i + 1,
    population,
    value,
    ...(inputs === "se" ? { standardError } : { lower95, upper95 }),
  }));
}

/** Published limits at one level: [SII lower, SII upper, RII lower, RII upper]. */
type Limits = readonly [number, number, number, number];

interface Case {
  readonly name: string;
  readonly deciles: readonly Decile[];
  readonly inputs: readonly ("se" | "limits")[];
  readonly options: SiiOptions;
  readonly sii: number;
  readonly rii: number;
  readonly intercept?: number;
  readonly limits: Readonly<Record<number, Limits>>;
}

const CASES: readonly Case[] = [
  {
    // Records 1 (SE given, and limits given), 21 (99%), 226 (95% and 99%) and 246 (intercept).
    name: "normal",
    deciles: NORMAL,
    inputs: ["se", "limits"],
    options: {},
    sii: 6.934616473668819,
    rii: 1.0888180804446217,
    intercept: 78.07663078231671,
    limits: {
      0.95: [3.127594617650817, 10.7586873680794, 1.0383690591642838, 1.1412993360251238],
      0.99: [1.9243274437391116, 11.99208403800279, 1.0234148326541768, 1.1587677685047233],
    },
  },
  {
    // Records 71 (SE given, and limits given) and 266 (intercept).
    name: "rate",
    deciles: RATE,
    inputs: ["se", "limits"],
    options: { valueType: "rate" },
    sii: -3.2752012326471758,
    rii: 0.40600068953980034,
    intercept: 5.513813189631011,
    limits: {
      0.95: [-3.5868233016744155, -2.9653170017272723, 0.36888170199068804, 0.44624776652446996],
    },
  },
  {
    // Records 306, 366 (95% and 98%) and 406 (98%).
    name: "rate, log transform",
    deciles: RATE,
    inputs: ["limits"],
    options: { valueType: "rate", transform: true },
    sii: -3.15590713895456,
    rii: 0.4418848436076823,
    intercept: 5.65458060546947,
    limits: {
      0.95: [-3.4809615490242884, -2.833237344763632, 0.4082744080360723, 0.4785663265006931],
      0.98: [-3.544280996599922, -2.7745074687289164, 0.4020907792516821, 0.48562375212051656],
    },
  },
  {
    // Record 386.
    name: "rate, log transform, multiplier −1",
    deciles: RATE,
    inputs: ["limits"],
    options: { valueType: "rate", transform: true, multiplier: -1 },
    sii: 3.15590713895456,
    rii: 2.2630330378288055,
    intercept: 5.65458060546947,
    limits: {
      0.95: [2.833237344763632, 3.4809615490242884, 2.0895745158504204, 2.449333047374468],
    },
  },
  {
    // Records 91 (SE given, and limits given) and 286 (intercept).
    name: "proportion",
    deciles: PROPORTION,
    inputs: ["se", "limits"],
    options: { valueType: "proportion" },
    sii: -0.10720032333730493,
    rii: 0.5334015306465507,
    intercept: 0.22974855336720032,
    limits: {
      0.95: [-0.11220857220984691, -0.1021798062145461, 0.5171273196358018, 0.5501538412913004],
    },
  },
  {
    // Record 111.
    name: "proportion, multiplier 100",
    deciles: PROPORTION,
    inputs: ["limits"],
    options: { valueType: "proportion", multiplier: 100 },
    sii: -10.720032333730494,
    rii: 0.5334015306465507,
    limits: {
      0.95: [-11.22085722098469, -10.21798062145461, 0.5171273196358018, 0.5501538412913004],
    },
  },
  {
    // Record 131.
    name: "proportion, multiplier −100",
    deciles: PROPORTION,
    inputs: ["limits"],
    options: { valueType: "proportion", multiplier: -100 },
    sii: 10.720032333730494,
    rii: 1.874760274474414,
    limits: {
      0.95: [10.21798062145461, 11.22085722098469, 1.8176733941416052, 1.933759757083172],
    },
  },
  {
    // Records 326 and 486 (95% and 98%).
    name: "proportion, logit transform",
    deciles: PROPORTION,
    inputs: ["limits"],
    options: { valueType: "proportion", transform: true },
    sii: -0.1096462611125906,
    rii: 0.5341775743253946,
    intercept: 0.2353821007088711,
    limits: {
      0.95: [-0.11490838449464633, -0.10443087776045443, 0.5185333850074628, 0.5501741213468927],
      0.98: [-0.11586812967869121, -0.10343726013070212, 0.5157325783693022, 0.5532784562248066],
    },
  },
  {
    // Record 346.
    name: "proportion, logit transform, multiplier −1",
    deciles: PROPORTION,
    inputs: ["limits"],
    options: { valueType: "proportion", transform: true, multiplier: -1 },
    sii: 0.1096462611125906,
    rii: 1.8720366560930344,
    intercept: 0.2353821007088711,
    limits: {
      0.95: [0.10443087776045443, 0.11490838449464633, 1.8176063925941832, 1.9285161359197882],
    },
  },
];

describe("simulateSii against PHEindicatormethods phe_sii (testdata_SII.xlsx, area1)", () => {
  it.each(
    CASES.flatMap((c) => c.inputs.map((inputs) => ({ ...c, inputs, label: `${c.name}, ${inputs} given` }))),
  )("$label", ({ deciles, inputs, options, sii, rii, intercept, limits }) => {
    const result = simulateSii(quantilesOf(deciles, inputs), options);
    expectClose(result.sii, sii, 1e-9, "SII");
    expectClose(result.rii, rii, 1e-9, "RII");
    if (intercept !== undefined) expectClose(result.intercept, intercept, 1e-9, "intercept");
    for (const [level, [siiLower, siiUpper, riiLower, riiUpper]] of Object.entries(limits)) {
      const at = Number(level);
      expectClose(result.siiLimits(at).lower, siiLower, 0.05, `SII lower at ${level}`);
      expectClose(result.siiLimits(at).upper, siiUpper, 0.05, `SII upper at ${level}`);
      expectClose(result.riiLimits(at).lower, riiLower, 0.05, `RII lower at ${level}`);
      expectClose(result.riiLimits(at).upper, riiUpper, 0.05, `RII upper at ${level}`);
    }
  });

  it("fits quintiles (record 61: deciles 1–5 of records 1–10 as quintiles; SII and RII only)", () => {
    const result = simulateSii(quantilesOf(NORMAL.slice(0, 5), "se"), { repetitions: 1000 });
    expectClose(result.sii, 7.919334147100874, 1e-9, "SII");
    expectClose(result.rii, 1.1037116952527257, 1e-9, "RII");
  });
});

describe("simulateSii properties", () => {
  /** Populations and the mid-points of their shares of the cumulative population, in quantile order. */
  const midpointsOf = (populations: readonly number[]) => {
    const total = populations.reduce((sum, population) => sum + population, 0);
    let cumulative = 0;
    return populations.map((population) => {
      const midpoint = (cumulative + population / 2) / total;
      cumulative += population;
      return midpoint;
    });
  };
  const populations = fc.array(fc.integer({ min: 1000, max: 300_000 }), { minLength: 5, maxLength: 20 });

  it("recovers the line when the values lie on one (SII = slope, intercept, RII = end/start)", () => {
    fc.assert(
      fc.property(
        populations,
        fc.double({ min: 10, max: 1000, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (sizes, intercept, slope) => {
          const quantiles = midpointsOf(sizes).map((b, i) => ({
            quantile: i + 1,
            population: sizes[i] as number,
            value: intercept + slope * b,
            standardError: 1,
          }));
          const result = simulateSii(quantiles, { repetitions: 1000 });
          expect(result.sii).toBeCloseTo(slope, 9);
          expectClose(result.intercept, intercept, 1e-9, "intercept");
          expectClose(result.rii, (intercept + slope) / intercept, 1e-9, "RII");
        },
      ),
      { numRuns: 50 },
    );
  });

  it("on the log scale, recovers a rate growing geometrically with the cumulative population", () => {
    fc.assert(
      fc.property(
        populations,
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (sizes, start, logSlope) => {
          const quantiles = midpointsOf(sizes).map((b, i) => ({
            quantile: i + 1,
            population: sizes[i] as number,
            value: start * Math.exp(logSlope * b),
            standardError: 0.05,
          }));
          const result = simulateSii(quantiles, { valueType: "rate", transform: true, repetitions: 1000 });
          expectClose(result.rii, Math.exp(logSlope), 1e-9, "RII");
          expectClose(result.intercept, start, 1e-9, "intercept");
          expect(result.sii).toBeCloseTo(start * (Math.exp(logSlope) - 1), 6);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("scales the SII by the multiplier; a negative one reverses it and inverts the RII", () => {
    const base = quantilesOf(PROPORTION, "limits");
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1000, noNaN: true }), fc.boolean(), (multiplier, transform) => {
        const options = { valueType: "proportion", transform, repetitions: 1000 } as const;
        const one = simulateSii(base, options);
        const scaled = simulateSii(base, { ...options, multiplier });
        const reversed = simulateSii(base, { ...options, multiplier: -multiplier });
        expectClose(scaled.sii, one.sii * multiplier, 1e-12, "scaled SII");
        expectClose(scaled.rii, one.rii, 1e-12, "scaled RII");
        expectClose(reversed.sii, -one.sii * multiplier, 1e-12, "reversed SII");
        expectClose(reversed.rii, 1 / one.rii, 1e-12, "reversed RII");
        // The intercept stays on the value's scale without transform, and is scaled by |multiplier| with it.
        const interceptScale = transform ? multiplier : 1;
        expectClose(scaled.intercept, one.intercept * interceptScale, 1e-12, "scaled intercept");
        expectClose(reversed.intercept, one.intercept * interceptScale, 1e-12, "reversed intercept");
      }),
      { numRuns: 20 },
    );
  });

  it("takes symmetric 95% limits as a standard error of (upper − lower)/3.92", () => {
    const withSe = simulateSii(quantilesOf(NORMAL, "se"), { repetitions: 1000 });
    const fromLimits = simulateSii(
      NORMAL.map(([population, value, , , standardError], i) => ({
        quantile: i + 1,
        population,
        value,
        lower95: value - 1.959964 * standardError,
        upper95: value + 1.959964 * standardError,
      })),
      { repetitions: 1000 },
    );
    expectClose(fromLimits.siiLimits(0.95).lower, withSe.siiLimits(0.95).lower, 1e-6, "lower");
    expectClose(fromLimits.siiLimits(0.95).upper, withSe.siiLimits(0.95).upper, 1e-6, "upper");
  });
});

describe("slopeIndexOfInequality", () => {
  const deciles = quantilesOf(NORMAL, "se");

  it("gives the same limits for the same seed, and 99.8% limits outside the 95% ones", () => {
    const first = slopeIndexOfInequality(deciles, { repetitions: 10_000 });
    expect(slopeIndexOfInequality(deciles, { repetitions: 10_000 })).toEqual(first);
    expect(first.sii.lower998).toBeLessThan(first.sii.lower95 as number);
    expect(first.sii.upper998).toBeGreaterThan(first.sii.upper95 as number);
    expect(first.sii.value).toBeGreaterThan(first.sii.lower95 as number);
    expect(first.sii.value).toBeLessThan(first.sii.upper95 as number);
    expect(slopeIndexOfInequality(deciles, { repetitions: 10_000, seed: 7 })).not.toEqual(first);
  });

  it("does not depend on the order the quantiles come in", () => {
    const shuffled = [...deciles].reverse();
    expect(simulateSii(shuffled, { repetitions: 1000 }).sii).toBeCloseTo(
      simulateSii(deciles, { repetitions: 1000 }).sii,
      12,
    );
  });

  it("rejects too few quantiles, duplicates, and missing standard errors", () => {
    expect(() => simulateSii(deciles.slice(0, 4))).toThrow(/between 5 and 100 quantiles/);
    expect(() => simulateSii([...deciles.slice(0, 9), { ...(deciles[0] as SiiQuantile) }])).toThrow(
      /each quantile must appear once/,
    );
    const [firstDecile, ...rest] = deciles;
    expect(() =>
      simulateSii([{ ...(firstDecile as SiiQuantile), standardError: undefined }, ...rest]),
    ).toThrow(/give a standard error or 95% limits/);
    expect(() => simulateSii(deciles, { transform: true })).toThrow(/rates and proportions only/);
  });
});
