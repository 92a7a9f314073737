import { type Areas, buildAreas } from "./areas.ts";
import { buildDeprivationIndices, type DeprivationIndices } from "./deprivation-indices.ts";
import { assertValidTiling, buildGeography, type Geography } from "./geography.ts";
import { PlaceNames } from "./names.ts";
import { buildNeighbourhoods, type Neighbourhoods } from "./neighbourhoods.ts";
import { buildPracticeAges, type PracticeAges } from "./practice-ages.ts";
import { buildPractices, type Pcn, type Practice } from "./practices.ts";
import { createRandom } from "./random.ts";
import { buildRegistrations, type Registrations } from "./registrations.ts";
import { type DemoScale, type ScaleConfig, scaleConfigs } from "./scale.ts";

/**
 * The whole fictional world, made from the seed before any file is written: where LSOAs are and what they
 * are like, where practices are and whom they serve. Every output file is a view of this one model, so
 * the files agree with each other the way real publications do.
 */
export interface World {
  readonly config: ScaleConfig;
  readonly seed: number;
  readonly geography: Geography;
  readonly areas: Areas;
  readonly neighbourhoods: Neighbourhoods;
  readonly indices: DeprivationIndices;
  readonly practices: readonly Practice[];
  readonly pcns: readonly Pcn[];
  readonly registrations: Registrations;
  readonly practiceAges: PracticeAges;
}

export function buildWorld(scale: DemoScale, seed: number): World {
  const config = scaleConfigs[scale];
  const random = createRandom(seed);
  const names = new PlaceNames(random.fork("place-names"));
  const geography = buildGeography(random.fork("geography"), config);
  assertValidTiling(geography);
  const areas = buildAreas(random.fork("areas"), config, names);
  const neighbourhoods = buildNeighbourhoods(random.fork("neighbourhoods"), config, geography, areas);
  const indices = buildDeprivationIndices(random.fork("indices"), config, neighbourhoods);
  const { practices, pcns } = buildPractices(
    random.fork("practices"),
    config,
    geography,
    areas,
    neighbourhoods,
    names,
  );
  const registrations = buildRegistrations(
    random.fork("registrations"),
    config,
    practices,
    areas.lsoas.map((lsoa) => lsoa.cell),
    neighbourhoods.registered,
  );
  const practiceAges = buildPracticeAges(
    random.fork("practice-ages"),
    practices,
    registrations,
    neighbourhoods,
  );
  return {
    config,
    seed,
    geography,
    areas,
    neighbourhoods,
    indices,
    practices,
    pcns,
    registrations,
    practiceAges,
  };
}
