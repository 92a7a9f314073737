import { practicesInCodeOrder } from "./practices.ts";
import type { World } from "./world.ts";
import { type WrittenFile, writeCsv } from "./writers/csv.ts";
import { fixed } from "./writers/number-format.ts";

/**
 * `practice-pcn-icb.csv`: the simple practice → PCN → sub-ICB → ICB lookup the design allows instead of the
 * ePCN workbook, with each practice's postcode and location (WGS84) for maps and geocoding. ICB columns
 * come before sub-ICB ones: readers that accept `sub_icb_code` as a stand-in for the ICB take the first match.
 */
export const practiceLookupHeader = [
  "practice_code",
  "practice_name",
  "practice_postcode",
  "longitude",
  "latitude",
  "pcn_code",
  "pcn_name",
  "icb_code",
  "icb_name",
  "icb_ons_code",
  "sub_icb_code",
  "sub_icb_name",
  "sub_icb_ons_code",
] as const;

export function writePracticeLookup(world: World, path: string, file: string): WrittenFile {
  return writeCsv(path, file, practiceLookupHeader, (emit) => {
    for (const p of practicesInCodeOrder(world.practices)) {
      const practice = world.practices[p];
      const pcn = practice ? world.pcns[practice.pcnIndex] : undefined;
      const subIcb = practice ? world.areas.subIcbs[practice.subIcbIndex] : undefined;
      const icb = practice ? world.areas.icbs[practice.icbIndex] : undefined;
      if (!practice || !pcn || !subIcb || !icb)
        throw new Error(`Demo world: practice ${p} is not in a PCN and ICB`);
      emit([
        practice.code,
        practice.name,
        practice.postcode,
        fixed(practice.lon, 6),
        fixed(practice.lat, 6),
        pcn.code,
        pcn.name,
        icb.odsCode,
        icb.name,
        icb.onsCode,
        subIcb.odsCode,
        subIcb.name,
        subIcb.onsCode,
      ]);
    }
  });
}
