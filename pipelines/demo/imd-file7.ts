import { ageShare, ageWeights } from "./age-structure.ts";
import { decileOfRank, domainSpecs } from "./deprivation-indices.ts";
import type { World } from "./world.ts";
import { type WrittenFile, writeCsv } from "./writers/csv.ts";
import { fixed, integer } from "./writers/number-format.ts";

/**
 * English Indices of Deprivation 2019, File 7 ("All IoD2019 Scores, Ranks, Deciles and Population
 * Denominators"): 57 columns, one row per 2011 LSOA, headers exactly as MHCLG publishes them.
 */
const scoreHeader = (label: string, isRate: boolean) => `${label} Score${isRate ? " (rate)" : ""}`;
const rankHeader = (label: string) => `${label} Rank (where 1 is most deprived)`;
const decileHeader = (label: string) => `${label} Decile (where 1 is most deprived 10% of LSOAs)`;

export const imdFile7Header: readonly string[] = [
  "LSOA code (2011)",
  "LSOA name (2011)",
  "Local Authority District code (2019)",
  "Local Authority District name (2019)",
  ...domainSpecs.flatMap((spec) => [
    scoreHeader(spec.label, spec.isRate),
    rankHeader(spec.label),
    decileHeader(spec.label),
  ]),
  "Total population: mid 2015 (excluding prisoners)",
  "Dependent Children aged 0-15: mid 2015 (excluding prisoners)",
  "Population aged 16-59: mid 2015 (excluding prisoners)",
  "Older population aged 60 and over: mid 2015 (excluding prisoners)",
  "Working age population 18-59/64: for use with Employment Deprivation Domain (excluding prisoners)",
];

/** Mid-2015 populations sat a little below Census 2021 counts. */
const populationIn2015 = 0.96;

export function writeImdFile7(world: World, path: string, file: string): WrittenFile {
  const { areas, indices, neighbourhoods } = world;
  return writeCsv(
    path,
    file,
    imdFile7Header,
    (emit) => {
      for (const lsoa of areas.lsoas) {
        const lad = areas.lads[lsoa.ladIndex];
        const i = lsoa.index;
        const domainCells = domainSpecs.flatMap((_spec, d) => {
          const rank = indices.ranks[d]?.[i] ?? 0;
          return [
            fixed(indices.scores[d]?.[i] ?? 0, 3),
            integer(rank),
            integer(decileOfRank(rank, indices.rankedOutOf)),
          ];
        });
        const ages = ageWeights({
          older: neighbourhoods.older[i] ?? 0,
          youth: neighbourhoods.deprivation[i] ?? 0,
          students: 0,
        });
        const total = Math.round((neighbourhoods.residents[i] ?? 0) * populationIn2015);
        const children = Math.round(total * ageShare(ages, 0, 15));
        const working = Math.round(total * ageShare(ages, 16, 59));
        // The employment domain counts women 18–59 and men 18–64: about ages 18–61 for both sexes together.
        const employmentDenominator = Math.round(total * ageShare(ages, 18, 61));
        emit([
          lsoa.code,
          lsoa.name,
          lad?.code ?? "",
          lad?.name ?? "",
          ...domainCells,
          integer(total),
          integer(children),
          integer(working),
          integer(total - children - working),
          integer(employmentDenominator),
        ]);
      }
    },
    "\r\n",
  );
}
