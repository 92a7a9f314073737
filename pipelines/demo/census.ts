import { ageShare, ageWeights } from "./age-structure.ts";
import { apportion } from "./apportion.ts";
import type { CensusTable } from "./census-tables.ts";
import { createRandom } from "./random.ts";
import type { World } from "./world.ts";
import { type WrittenFile, writeCsv } from "./writers/csv.ts";
import { integer } from "./writers/number-format.ts";

/**
 * Households in an LSOA: residents over average household size, which is smaller where people are older
 * and in town centres, larger where they are deprived (England 2021: 2.36).
 */
function householdCount(residents: number, older: number, deprivation: number, urbanity: number): number {
  const size = Math.min(3.2, Math.max(1.7, 2.36 - 0.16 * older + 0.07 * deprivation - 0.12 * urbanity));
  return Math.round(residents / size);
}

/** One Census table by 2021 LSOA (the demo's LSOA codes are the same in 2011 and 2021). */
export function writeCensusTable(table: CensusTable, world: World, path: string, file: string): WrittenFile {
  const random = createRandom(world.seed).fork("census").fork(table.file);
  const { neighbourhoods, areas } = world;
  const header = ["date", "geography", "geography code", ...table.columns.map((column) => column.header)];
  const leafIndex = new Map(table.categories.map((category, i) => [category.key, i]));
  const columnLeaves = table.columns.map((column) =>
    column.sumOf.map((key) => {
      const index = leafIndex.get(key);
      if (index === undefined)
        throw new Error(`${table.file}: column "${column.header}" adds up unknown category ${key}`);
      return index;
    }),
  );
  const weights = new Float64Array(table.categories.length);

  return writeCsv(path, file, header, (emit) => {
    for (const lsoa of areas.lsoas) {
      const i = lsoa.index;
      const deprivation = neighbourhoods.deprivation[i] ?? 0;
      const older = neighbourhoods.older[i] ?? 0;
      const urbanity = neighbourhoods.urbanity[i] ?? 0;
      const residents = neighbourhoods.residents[i] ?? 0;
      const universe =
        table.universe === "households"
          ? householdCount(residents, older, deprivation, urbanity)
          : table.universe === "residents"
            ? residents
            : residents -
              Math.round(residents * ageShare(ageWeights({ older, youth: deprivation, students: 0 }), 0, 4));
      for (const [k, category] of table.categories.entries()) {
        weights[k] =
          category.share *
          Math.exp(
            category.deprivation * deprivation +
              category.older * older +
              category.urban * urbanity +
              0.08 * random.normal(),
          );
      }
      const leaves = apportion(universe, weights);
      const cells = columnLeaves.map((indices) =>
        integer(indices.reduce((sum, k) => sum + (leaves[k] ?? 0), 0)),
      );
      emit(["2021", lsoa.name, lsoa.code, ...cells]);
    }
  });
}
