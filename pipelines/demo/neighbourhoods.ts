import type { Areas } from "./areas.ts";
import type { Geography } from "./geography.ts";
import type { Random } from "./random.ts";
import type { ScaleConfig } from "./scale.ts";
import { smoothField, standardise } from "./smooth-field.ts";

/**
 * What each LSOA is like, as latent scores from which every file draws its numbers. Scores are in national
 * standard deviations: 0 is an average English LSOA.
 */
export interface Neighbourhoods {
  /** Deprivation: high = deprived. Spatially smooth, higher in town centres. */
  readonly deprivation: Float64Array;
  /** Age: high = older population. Higher in the country, lower in deprived and central areas. */
  readonly older: Float64Array;
  /** City-centre-ness of the LSOA's cell, 0 to 1. */
  readonly urbanity: Float64Array;
  /** Usual residents at Census 2021 (LSOAs are built to hold 1,000–3,000 people). */
  readonly residents: Int32Array;
  /** People living here who are registered with a GP; lists run a few per cent above the census count. */
  readonly registered: Int32Array;
}

export function buildNeighbourhoods(
  random: Random,
  config: ScaleConfig,
  geography: Geography,
  areas: Areas,
): Neighbourhoods {
  const count = areas.lsoas.length;
  const wideDeprivation = smoothField(random.fork("deprivation-wide"), config.cols, config.rows, 14);
  const localDeprivation = smoothField(random.fork("deprivation-local"), config.cols, config.rows, 4);
  const wideAge = smoothField(random.fork("age-wide"), config.cols, config.rows, 12);
  const noise = random.fork("lsoa-noise");
  const urbanity = new Float64Array(count);
  const deprivation = new Float64Array(count);
  const older = new Float64Array(count);
  const residents = new Int32Array(count);
  const registered = new Int32Array(count);

  for (const lsoa of areas.lsoas) {
    const u = (lsoa.cell % config.cols) + 0.5;
    const v = Math.floor(lsoa.cell / config.cols) + 0.5;
    const urban = geography.urbanity[lsoa.cell] ?? 0;
    urbanity[lsoa.index] = urban;
    deprivation[lsoa.index] =
      0.6 * wideDeprivation(u, v) + 0.45 * localDeprivation(u, v) + 1.1 * urban + 0.45 * noise.normal();
  }
  standardise(deprivation);

  for (const lsoa of areas.lsoas) {
    const u = (lsoa.cell % config.cols) + 0.5;
    const v = Math.floor(lsoa.cell / config.cols) + 0.5;
    const i = lsoa.index;
    older[i] =
      0.7 * wideAge(u, v) - 0.35 * (deprivation[i] ?? 0) - 1.2 * (urbanity[i] ?? 0) + 0.4 * noise.normal();
  }
  standardise(older);

  for (let i = 0; i < count; i += 1) {
    deprivation[i] = (deprivation[i] ?? 0) + config.deprivationShift;
    const people = Math.round(1650 + 260 * noise.normal() + 150 * (urbanity[i] ?? 0));
    residents[i] = Math.min(3000, Math.max(1000, people));
    registered[i] = Math.round(
      (residents[i] ?? 0) * (1.04 + 0.025 * noise.normal() + 0.04 * (urbanity[i] ?? 0)),
    );
  }
  return { deprivation, older, urbanity, residents, registered };
}
