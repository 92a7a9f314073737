import { postcode } from "../codes.ts";
import { pointInCell } from "../geography.ts";
import { PlaceNames, streetKinds, streetWords } from "../names.ts";
import { createRandom, type Random } from "../random.ts";
import type { World } from "../world.ts";

/**
 * The fictional ICB's community assets and postcodes, made once per world from the seed, so that each
 * asset file (written in one publisher's layout) and the postcode lookup agree: an asset's postcode is one
 * of its LSOA's postcodes in the lookup, its coordinates lie inside its LSOA.
 *
 * Assets cluster where they would: food banks and advice where deprivation is high, care homes where people
 * are older, gyms and pharmacies in town centres, allotments at the edges. A few in each file cannot be
 * placed, on purpose: coordinates just west of the area, postcodes from the next area (not in the lookup),
 * a telephone-only service, a blank postcode.
 */
export type AssetLayout =
  | "template"
  | "osm"
  | "open-referral"
  | "libraries"
  | "allotments"
  | "food-banks"
  | "mental-health"
  | "care-homes"
  | "pharmacies";

export type DemoAsset = {
  layout: AssetLayout;
  kind: string;
  name: string;
  /** LSOA index, or null for an asset outside the area (or with no place at all). */
  lsoaIndex: number | null;
  lon: number | null;
  lat: number | null;
  postcode: string | null;
  street: string;
  town: string;
  /** A stable serial within the layout, for ids. */
  serial: number;
  /** What makes it unplaceable, if anything. */
  unplaceable: "outside" | "unknown-postcode" | "no-location" | "inactive" | null;
};

export type DemoPostcode = { postcode: string; lsoaIndex: number; lon: number; lat: number };

export type AssetCatalogue = {
  assets: readonly DemoAsset[];
  postcodes: readonly DemoPostcode[];
  /** Postcodes of each LSOA, by LSOA index. */
  postcodesOfLsoa: readonly (readonly DemoPostcode[])[];
};

type Traits = { deprivation: number; older: number; urbanity: number };

type KindPlan = {
  layout: AssetLayout;
  kind: string;
  /** Expected assets per LSOA. */
  perLsoa: number;
  weight: (traits: Traits) => number;
  name: (place: string, random: Random) => string;
};

const STREET_KINDS = [...streetKinds, "Avenue"];

const PLANS: readonly KindPlan[] = [
  {
    layout: "template",
    kind: "group",
    perLsoa: 0.12,
    weight: (t) => Math.exp(0.3 * t.deprivation),
    name: (p, r) =>
      `${p} ${r.pick(["Walking Group", "Lunch Club", "Men's Shed", "Carers' Café", "Digital Drop-in", "Cook and Eat Class", "Knit and Natter", "Chair-based Exercise", "Memory Café", "Community Fridge"])}`,
  },
  {
    layout: "osm",
    kind: "community_centre",
    perLsoa: 0.08,
    weight: (t) => Math.exp(0.3 * t.deprivation),
    name: (p) => `${p} Community Centre`,
  },
  {
    layout: "osm",
    kind: "sports_centre",
    perLsoa: 0.04,
    weight: (t) => Math.exp(1.2 * t.urbanity),
    name: (p) => `${p} Leisure Centre`,
  },
  {
    layout: "osm",
    kind: "fitness_centre",
    perLsoa: 0.04,
    weight: (t) => Math.exp(1.5 * t.urbanity),
    name: (p) => `${p} Fitness`,
  },
  {
    layout: "osm",
    kind: "park",
    perLsoa: 0.06,
    weight: () => 1,
    name: (p, r) => r.pick([`${p} Park`, `${p} Recreation Ground`, `${p} Fields`]),
  },
  {
    layout: "open-referral",
    kind: "service",
    perLsoa: 0.12,
    weight: (t) => Math.exp(0.5 * t.deprivation + 0.5 * t.urbanity),
    name: (p) => p,
  },
  {
    layout: "libraries",
    kind: "library",
    perLsoa: 0.06,
    weight: (t) => Math.exp(t.urbanity),
    name: (p) => `${p} Library`,
  },
  {
    layout: "allotments",
    kind: "allotment",
    perLsoa: 0.15,
    weight: (t) => Math.exp(-0.8 * t.urbanity),
    name: (p, r) => `${p} ${r.pick(["Allotments", "Allotment Society", "Gardens"])}`,
  },
  {
    layout: "food-banks",
    kind: "food bank",
    perLsoa: 0.06,
    weight: (t) => Math.exp(0.9 * t.deprivation),
    name: (p, r) => `${p} ${r.pick(["Food Bank", "Community Pantry", "Food Club"])}`,
  },
  {
    layout: "mental-health",
    kind: "mental health",
    perLsoa: 0.08,
    weight: (t) => Math.exp(0.5 * t.deprivation + t.urbanity),
    name: (p, r) =>
      `${p} ${r.pick(["Mind", "Wellbeing Hub", "Anxiety Support Group", "Bereavement Service", "Hearing Voices Group"])}`,
  },
  {
    layout: "care-homes",
    kind: "care home",
    perLsoa: 0.2,
    weight: (t) => Math.exp(0.8 * t.older),
    name: (p, r) => r.pick([`${p} House`, `${p} Lodge Care Home`, `${p} Court Nursing Home`]),
  },
  {
    layout: "pharmacies",
    kind: "pharmacy",
    perLsoa: 0.25,
    weight: (t) => Math.exp(0.8 * t.urbanity),
    name: (p, r) => `${p} ${r.pick(["Pharmacy", "Chemist", "Dispensary"])}`,
  },
];

/** How many deliberately unplaceable entries each layout gets, whatever the scale. */
const UNPLACEABLE: Readonly<Record<AssetLayout, readonly DemoAsset["unplaceable"][]>> = {
  template: ["no-location", "outside", "unknown-postcode"],
  osm: ["outside"],
  "open-referral": ["no-location", "inactive", "unknown-postcode"],
  libraries: [],
  allotments: ["outside"],
  "food-banks": ["unknown-postcode", "unknown-postcode"],
  "mental-health": ["unknown-postcode"],
  "care-homes": [],
  pharmacies: ["no-location"],
};

const POSTCODES_PER_LSOA = 3;
const NAME_POOL = 1_500;
const catalogues = new WeakMap<World, AssetCatalogue>();

export function assetCatalogue(world: World): AssetCatalogue {
  const cached = catalogues.get(world);
  if (cached !== undefined) return cached;
  const random = createRandom(world.seed).fork("assets");
  const postcodesOfLsoa = lookupPostcodes(world, random.fork("postcodes"));
  // Neighbourhood names to build asset names on; a pool, since England scale needs more assets than the
  // name generator has distinct names (two "Quenford Library"s in different towns are no problem).
  const placeNames = new PlaceNames(random.fork("place-names"));
  const pool = Array.from({ length: NAME_POOL }, () => placeNames.next());
  const assets: DemoAsset[] = [];
  const serials = new Map<AssetLayout, number>();
  const nextSerial = (layout: AssetLayout) => {
    const serial = (serials.get(layout) ?? 0) + 1;
    serials.set(layout, serial);
    return serial;
  };
  for (const plan of PLANS) {
    const draw = random.fork(`${plan.layout}/${plan.kind}`);
    const weights = cumulative(
      world.areas.lsoas.map((lsoa) =>
        plan.weight({
          deprivation: world.neighbourhoods.deprivation[lsoa.index] ?? 0,
          older: world.neighbourhoods.older[lsoa.index] ?? 0,
          urbanity: world.neighbourhoods.urbanity[lsoa.index] ?? 0,
        }),
      ),
    );
    const count = Math.max(3, Math.round(plan.perLsoa * world.areas.lsoas.length));
    for (let k = 0; k < count; k++) {
      const lsoaIndex = weightedPick(draw, weights);
      const lsoa = world.areas.lsoas[lsoaIndex];
      if (lsoa === undefined) continue;
      const [lon, lat] = pointInCell(
        world.geography,
        lsoa.cell,
        0.1 + 0.8 * draw.next(),
        0.1 + 0.8 * draw.next(),
      );
      const postcodes = postcodesOfLsoa[lsoaIndex] ?? [];
      assets.push({
        layout: plan.layout,
        kind: plan.kind,
        name: plan.name(draw.pick(pool), draw),
        lsoaIndex,
        lon,
        lat,
        postcode: postcodes.length === 0 ? null : draw.pick(postcodes).postcode,
        street: `${draw.int(1, 240)} ${draw.pick(streetWords)} ${draw.pick(STREET_KINDS)}`,
        town: world.areas.lads[lsoa.ladIndex]?.name ?? "",
        serial: nextSerial(plan.layout),
        unplaceable: null,
      });
    }
  }
  const oddities = random.fork("unplaceable");
  for (const [layout, kinds] of Object.entries(UNPLACEABLE) as [AssetLayout, DemoAsset["unplaceable"][]][]) {
    const plan = PLANS.find((candidate) => candidate.layout === layout);
    for (const [k, unplaceable] of kinds.entries()) {
      const outside = unplaceable === "outside";
      assets.push({
        layout,
        kind: plan?.kind ?? layout,
        name: plan === undefined ? `Unplaced ${k + 1}` : plan.name(oddities.pick(pool), oddities),
        lsoaIndex: null,
        // Just west of the area: the next ICB along, which this dataset has no boundaries for.
        lon: outside ? Number((world.config.originLon - 0.02 - 0.05 * oddities.next()).toFixed(6)) : null,
        lat: outside ? Number((world.config.originLat + 0.05 + 0.1 * oddities.next()).toFixed(6)) : null,
        postcode: unplaceable === "unknown-postcode" ? `QZ9${k} ${oddities.int(1, 9)}ZZ` : null,
        street: `${oddities.int(1, 240)} ${oddities.pick(streetWords)} ${oddities.pick(STREET_KINDS)}`,
        town: "Elsewhere",
        serial: nextSerial(layout),
        unplaceable,
      });
    }
  }
  const catalogue: AssetCatalogue = { assets, postcodes: postcodesOfLsoa.flat(), postcodesOfLsoa };
  catalogues.set(world, catalogue);
  return catalogue;
}

/**
 * Three postcodes per LSOA, each at a point inside it, plus every practice's postcode at the practice. The
 * lookup postcodes use districts 40 and up, which practice postcodes (districts 1–3) never reach, and the
 * deliberately unknown ones use area QZ, which no LSOA's district has, so every postcode is unique.
 */
function lookupPostcodes(world: World, random: Random): DemoPostcode[][] {
  const byLsoa: DemoPostcode[][] = world.areas.lsoas.map(() => []);
  for (const lsoa of world.areas.lsoas) {
    for (let k = 0; k < POSTCODES_PER_LSOA; k++) {
      const n = lsoa.index * POSTCODES_PER_LSOA + k;
      const [lon, lat] = pointInCell(
        world.geography,
        lsoa.cell,
        0.15 + 0.7 * random.next(),
        0.15 + 0.7 * random.next(),
      );
      const code = postcode(lsoa.ladIndex, 40 + Math.floor(n / 3600), (Math.floor(n / 400) % 9) + 1, n % 400);
      byLsoa[lsoa.index]?.push({ postcode: code, lsoaIndex: lsoa.index, lon, lat });
    }
  }
  const seen = new Set(byLsoa.flat().map((entry) => entry.postcode));
  for (const practice of world.practices) {
    if (seen.has(practice.postcode)) continue;
    seen.add(practice.postcode);
    byLsoa[practice.lsoaIndex]?.push({
      postcode: practice.postcode,
      lsoaIndex: practice.lsoaIndex,
      lon: practice.lon,
      lat: practice.lat,
    });
  }
  return byLsoa;
}

/** Cumulative weights, for drawing an index in proportion to its weight by binary search. */
function cumulative(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    sums[index] = total;
  });
  return sums;
}

function weightedPick(random: Random, sums: Float64Array): number {
  const target = random.next() * (sums[sums.length - 1] ?? 0);
  let low = 0;
  let high = sums.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sums[middle] as number) <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}
