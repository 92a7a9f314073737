import type { Neighbourhoods } from "./neighbourhoods.ts";
import { normalCdf } from "./normal-cdf.ts";
import type { Random } from "./random.ts";
import type { ScaleConfig } from "./scale.ts";

/**
 * English Indices of Deprivation 2019, made up per LSOA: the overall index, the seven domains and the
 * supplementary indices and sub-domains, in File 7's column order. Each domain is a mix of the LSOA's
 * deprivation score (weighted by how closely that domain tracks the overall index in the real IoD2019)
 * with its own noise and, for barriers and living environment, with how urban the place is (geographical
 * barriers are worst in the country, outdoor environment in town centres).
 */
export interface DomainSpec {
  /** File 7 header stem, e.g. "Income" gives "Income Score (rate)", "Income Rank (where 1 is …)". */
  readonly label: string;
  readonly isRate: boolean;
  /** Correlation with the overall deprivation score. */
  readonly tracking: number;
  /** Extra effect of urbanity (0 country … 1 city centre), in standard deviations. */
  readonly urban: number;
  /** Latent standard score to the published scale. */
  readonly toScore: (z: number) => number;
}

const clamp = (low: number, high: number, x: number) => Math.min(high, Math.max(low, x));

/** Scores skewed like rates and IoD domain scores: `median` at z = 0, spread on the log scale. */
const logNormal = (low: number, high: number, median: number, spread: number) => (z: number) =>
  clamp(low, high, median * Math.exp(spread * z));
/** Domains published as standard scores (health, crime, the sub-domains). */
const standardScore = (low: number, high: number, scale: number) => (z: number) =>
  clamp(low, high, scale * z);

export const domainSpecs: readonly DomainSpec[] = [
  {
    label: "Index of Multiple Deprivation (IMD)",
    isRate: false,
    tracking: 1,
    urban: 0,
    toScore: (z) => clamp(0.5, 92.7, Math.exp(2.78 + 0.62 * z)),
  },
  { label: "Income", isRate: true, tracking: 0.95, urban: 0, toScore: logNormal(0.004, 0.65, 0.115, 0.6) },
  { label: "Employment", isRate: true, tracking: 0.9, urban: 0, toScore: logNormal(0.005, 0.6, 0.095, 0.55) },
  {
    label: "Education, Skills and Training",
    isRate: false,
    tracking: 0.8,
    urban: 0,
    toScore: logNormal(0.01, 99, 17, 0.65),
  },
  {
    label: "Health Deprivation and Disability",
    isRate: false,
    tracking: 0.85,
    urban: 0,
    toScore: standardScore(-3.3, 3.8, 0.9),
  },
  { label: "Crime", isRate: false, tracking: 0.6, urban: 0.4, toScore: standardScore(-3.2, 3.5, 0.8) },
  {
    label: "Barriers to Housing and Services",
    isRate: false,
    tracking: 0.15,
    urban: -0.6,
    toScore: (z) => clamp(0.3, 78, 21 + 9.5 * z),
  },
  {
    label: "Living Environment",
    isRate: false,
    tracking: 0.45,
    urban: 0.8,
    toScore: logNormal(0.3, 92, 19, 0.5),
  },
  {
    label: "Income Deprivation Affecting Children Index (IDACI)",
    isRate: true,
    tracking: 0.9,
    urban: 0,
    toScore: logNormal(0.005, 0.85, 0.15, 0.62),
  },
  {
    label: "Income Deprivation Affecting Older People (IDAOPI)",
    isRate: true,
    tracking: 0.85,
    urban: 0.2,
    toScore: logNormal(0.01, 0.9, 0.135, 0.6),
  },
  {
    label: "Children and Young People Sub-domain",
    isRate: false,
    tracking: 0.75,
    urban: 0,
    toScore: standardScore(-3, 3.2, 0.85),
  },
  {
    label: "Adult Skills Sub-domain",
    isRate: false,
    tracking: 0.75,
    urban: 0,
    toScore: standardScore(-3, 3.2, 0.85),
  },
  {
    label: "Geographical Barriers Sub-domain",
    isRate: false,
    tracking: -0.2,
    urban: -1.4,
    toScore: standardScore(-3, 3.2, 0.9),
  },
  {
    label: "Wider Barriers Sub-domain",
    isRate: false,
    tracking: 0.45,
    urban: 0.6,
    toScore: standardScore(-3, 3.2, 0.9),
  },
  {
    label: "Indoors Sub-domain",
    isRate: false,
    tracking: 0.35,
    urban: 0.3,
    toScore: standardScore(-3, 3.2, 0.9),
  },
  {
    label: "Outdoors Sub-domain",
    isRate: false,
    tracking: 0.3,
    urban: 1.2,
    toScore: standardScore(-3, 3.2, 0.9),
  },
];

export interface DeprivationIndices {
  /** scores[d][lsoa], in the domain's published units. */
  readonly scores: readonly Float64Array[];
  /** ranks[d][lsoa], 1 = most deprived. */
  readonly ranks: readonly Int32Array[];
  /** Number of LSOAs the ranks are out of. */
  readonly rankedOutOf: number;
}

export function buildDeprivationIndices(
  random: Random,
  config: ScaleConfig,
  neighbourhoods: Neighbourhoods,
): DeprivationIndices {
  const count = neighbourhoods.deprivation.length;
  const rankedOutOf = config.nationalLsoaCount ?? count;
  const scores: Float64Array[] = [];
  const ranks: Int32Array[] = [];
  for (const spec of domainSpecs) {
    const noise = random.fork(spec.label);
    const latent = new Float64Array(count);
    const scoresOfDomain = new Float64Array(count);
    const ownShare = Math.sqrt(Math.max(0, 1 - spec.tracking ** 2));
    for (let i = 0; i < count; i += 1) {
      latent[i] =
        spec.tracking * (neighbourhoods.deprivation[i] ?? 0) +
        ownShare * noise.normal() +
        spec.urban * ((neighbourhoods.urbanity[i] ?? 0) - 0.2);
      scoresOfDomain[i] = roundTo3(spec.toScore(latent[i] ?? 0));
    }
    scores.push(scoresOfDomain);
    ranks.push(config.nationalLsoaCount ? ranksAgainstNation(latent, rankedOutOf) : ranksWithin(latent));
  }
  return { scores, ranks, rankedOutOf };
}

/** File 7 prints scores to three decimals; rounding here keeps every derived figure on the printed value. */
function roundTo3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Ranks 1..n within the set, most deprived (highest latent) first, ties to the lower index. */
function ranksWithin(latent: Float64Array): Int32Array {
  const order = Array.from(latent.keys()).sort((a, b) => (latent[b] ?? 0) - (latent[a] ?? 0) || a - b);
  const ranks = new Int32Array(latent.length);
  order.forEach((lsoa, position) => {
    ranks[lsoa] = position + 1;
  });
  return ranks;
}

/**
 * National ranks for a slice of England: where each latent score falls in a standard normal national
 * distribution of `outOf` LSOAs, nudged apart so no two LSOAs share a rank.
 */
function ranksAgainstNation(latent: Float64Array, outOf: number): Int32Array {
  const order = Array.from(latent.keys()).sort((a, b) => (latent[b] ?? 0) - (latent[a] ?? 0) || a - b);
  const ranks = new Int32Array(latent.length);
  let previous = 0;
  for (const lsoa of order) {
    const national = 1 + Math.floor(outOf * (1 - normalCdf(latent[lsoa] ?? 0)));
    const rank = Math.min(outOf, Math.max(previous + 1, national));
    ranks[lsoa] = rank;
    previous = rank;
  }
  return ranks;
}

/** Decile from a rank, 1 = most deprived 10% of LSOAs, as IoD2019 defines it. */
export function decileOfRank(rank: number, outOf: number): number {
  return 1 + Math.floor(((rank - 1) * 10) / outOf);
}
