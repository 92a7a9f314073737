import { practicesInCodeOrder } from "../practices.ts";
import type { World } from "../world.ts";
import { type WrittenFile, writeCsv } from "../writers/csv.ts";
import { integer } from "../writers/number-format.ts";

/**
 * `gp-practice-list.csv`: the practices with their postcodes and list sizes, in Trafford Data Lab's layout
 * (header byte for byte), which places each practice on the map through the postcode lookup. Ward and MSOA
 * columns carry fictional codes; the pipeline does not read them.
 */
const header = [
  "practice_code",
  "practice_name",
  "practice_postcode",
  "registered_patients",
  "ward_code",
  "ward_name",
  "msoa_code",
  "msoa_hcl_name",
  "locality",
] as const;

export function writePracticeList(world: World, path: string, file: string): WrittenFile {
  return writeCsv(path, file, header, (emit) => {
    for (const index of practicesInCodeOrder(world.practices)) {
      const practice = world.practices[index];
      if (practice === undefined) continue;
      const lsoa = world.areas.lsoas[practice.lsoaIndex];
      const town = lsoa === undefined ? "" : (world.areas.lads[lsoa.ladIndex]?.name ?? "");
      emit([
        practice.code,
        practice.name,
        practice.postcode,
        integer(world.registrations.practiceTotals[index] ?? 0),
        "E05999999",
        `${town} Central`,
        "E02999999",
        town,
        town,
      ]);
    }
  });
}
