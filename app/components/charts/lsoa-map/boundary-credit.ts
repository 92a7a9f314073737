/**
 * The demo generator's fictional LSOA codes (pipelines/demo/README.md: `E019nnnnn`, beyond every real 2011
 * and 2021 code), so the map never credits ONS for shapes ONS did not draw.
 */
const DEMO_LSOA_CODE = /^E019\d{5}$/;

/** The boundaries' attribution line, as ONS's Open Government Licence terms ask, or the demo's note. */
export function boundaryCredit(codes: readonly string[], vintage: string | null): string {
  if (codes.length > 0 && codes.every((code) => DEMO_LSOA_CODE.test(code)))
    return "Boundaries: fictional neighbourhoods made by the demo data generator; they show no real place.";
  const edition = vintage ? ` (${vintage})` : "";
  return (
    `Boundaries: Office for National Statistics, Lower layer Super Output Areas${edition}, simplified for this map. ` +
    "Source: Office for National Statistics licensed under the Open Government Licence v3.0. " +
    "Contains OS data © Crown copyright and database right."
  );
}
