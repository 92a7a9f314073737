/** How the geography and asset tables are made, for the manifest's `methods` (a figure's method, traceable). */
export const ASSET_METHODS: readonly { topic: string; text: string }[] = [
  {
    topic: "asset placement",
    text: "Each community asset is placed in an LSOA by the most direct evidence it has: an LSOA code given in its file (which must be one of the build's boundaries), else its coordinates by point-in-polygon against the ONS LSOA boundaries (a packed R-tree of bounding boxes, then the even-odd ring test with holes and multipolygon parts), else its postcode through the ONS postcode lookup given (NSPL/ONSPD: the LSOA of the boundaries' vintage, else the postcode's position by point-in-polygon). Assets that cannot be placed are kept in `assets` with the reason: outside the area, postcode not in the lookup, not a UK postcode, no lookup or no boundaries given, or no location at all.",
  },
  {
    topic: "asset themes",
    text: "An asset serves every theme whose rules in pipelines/assets/themes.ts it meets: its category (the publisher's layout or the file's own type), an OpenStreetMap tag, an Open Referral taxonomy term, or a keyword in its name or description, matched as whole words; or exactly the themes its file declares. `asset_themes.rule` names the rule that matched.",
  },
  {
    topic: "asset supply",
    text: "Supply per practice and theme: each asset in an LSOA is shared among the practices whose registered patients live there, in proportion to their patients (out-of-area practices included); assets_attributed = Σ over LSOAs of patients(practice, LSOA) / registered patients(LSOA) × theme assets in the LSOA; per_10k = 10,000 × assets_attributed / list size. supply_percentile is the percentile rank of per_10k among the build's practices (0 fewest, 100 most; ties at their mid-rank).",
  },
  {
    topic: "need against assets",
    text: "Need per practice and theme: the theme's need indicators are the build's indicators whose theme mentions one of the theme's words or whose id is listed in pipelines/assets/themes.ts (deciles excluded). Each indicator's latest practice values are ranked among the build's practices as percentiles of need (100 = most need; lower values count as more need only for higher_is_better indicators). need_score is the mean of a practice's indicator percentiles and need_percentile its percentile rank. Quadrant: need_percentile ≥ 50 is high need, supply_percentile < 50 is few assets; 'priority' is high need with few assets.",
  },
  {
    topic: "browser boundaries",
    text: "lsoa_boundaries.geojson holds the LSOAs where the build's practices have patients or where assets and practices are (every LSOA when there are no catchments), simplified topology-aware: rings are cut into arcs at junctions, each arc shared by two LSOAs is simplified once by Douglas-Peucker (tolerance the smaller of 100 m and 5% of the smaller LSOA's square-rooted area) so neighbours still meet exactly, and coordinates are rounded to 5 decimal places. lsoa_geo gives each LSOA's area-weighted centroid and area on a local equirectangular projection.",
  },
];
