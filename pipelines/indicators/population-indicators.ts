import { IOD, registrations, weightedMethod } from "./deprivation-indicators.ts";
import { type IndicatorDefinition, indicatorDefinitionSchema } from "./indicator-definition.ts";

export type PopulationSources = {
  /** The LSOA registrations extract (ISO date) the weights come from, or null. */
  registrationsPeriod: string | null;
  /** The single-year-of-age extract (ISO date), or null. */
  agesPeriod: string | null;
};

const CENSUS = "ONS Census 2021 (21 March 2021), LSOA topic summaries via Nomis";

const WILSON =
  "95% and 99.8% limits are Wilson score limits of count / denominator (OHID's method for proportions; " +
  "counts estimated from areas need not be whole). Compared with PCN, ICB and England by Fingertips' " +
  "overlapping-interval rule at 95%. Practice deciles rank the build's practices by value, decile 1 the " +
  "highest (PHEindicatormethods phe_quantile; none when fewer than 10 practices have a value).";

/** How Census counts reach practices (census-practice-estimates.ts), stated once for each Census indicator. */
function censusMethod(table: string, period: string | null): string {
  return [
    `Each LSOA's ${table} count and denominator are shared among the practices its residents are registered`,
    "with, in proportion to their registered patients living there (NHS Digital patients by practice and LSOA",
    `${period === null ? "" : `at ${period}`}): count = Σ over LSOAs (practice's patients in LSOA / all registered`,
    "patients in LSOA) × LSOA count, and likewise the denominator, so each household or resident is counted once",
    "across practices. The value is count / denominator × 100, the patient-weighted attribution OHID uses for",
    "area-based practice figures. PCN, ICB and England add their practices' counts and denominators; England uses",
    "every practice in the registrations input. Patients in LSOAs the Census input does not cover are left out",
    "of both sums.",
    WILSON,
  ].join(" ");
}

const censusIndicator = (
  fields: Pick<
    IndicatorDefinition,
    "indicator_id" | "name" | "short_name" | "theme" | "definition" | "numerator" | "denominator" | "polarity"
  >,
  table: string,
  period: string | null,
): IndicatorDefinition => ({
  ...fields,
  unit: "%",
  source: `${CENSUS}, ${table}; ${registrations(period)}`,
  method: censusMethod(table, period),
  decimals: 1,
});

/** Every indicator of this slice, by id; the build keeps those its inputs can give. */
export function populationIndicators(sources: PopulationSources): Map<string, IndicatorDefinition> {
  const period = sources.registrationsPeriod;
  const ages = sources.agesPeriod;
  const definitions: IndicatorDefinition[] = [
    {
      indicator_id: "aged_65plus",
      name: "Registered patients aged 65 and over",
      short_name: "Aged 65+",
      theme: "loneliness",
      definition: "The percentage of the practice's registered patients who are aged 65 or over.",
      numerator: "Registered patients aged 65 and over",
      denominator: "All registered patients",
      unit: "%",
      polarity: "none",
      source: `NHS Digital, Patients Registered at a GP Practice, patients by sex and single year of age${ages === null ? "" : ` (extract ${ages})`}`,
      method: [
        "Count = patients aged 65 to 94 plus the 95+ band, persons (SEX = ALL rows where published, otherwise MALE +",
        "FEMALE); denominator = patients of all ages. The file's ALL-age rows are checked against the single ages",
        "and not used. PCN, ICB and England add their practices' counts; England uses every practice in the file.",
        WILSON,
      ].join(" "),
      decimals: 1,
    },
    censusIndicator(
      {
        indicator_id: "living_alone_66plus",
        name: "Households of one person aged 66 or over",
        short_name: "Living alone, 66+",
        theme: "loneliness",
        definition:
          "The percentage of households in the neighbourhoods where the practice's patients live that are one person aged 66 or over living alone (Census 2021): a proxy for loneliness and isolation in later life.",
        numerator: "One-person households aged 66 years and over (TS003), attributed to the practice",
        denominator: "All households (TS003), attributed to the practice",
        polarity: "none",
      },
      "TS003 household composition",
      period,
    ),
    censusIndicator(
      {
        indicator_id: "unpaid_carers",
        name: "Residents providing unpaid care",
        short_name: "Unpaid carers",
        theme: "loneliness",
        definition:
          "The percentage of usual residents aged 5 and over who provide any unpaid care (Census 2021), in the neighbourhoods where the practice's patients live.",
        numerator:
          "Usual residents aged 5 and over providing any unpaid care (TS039 total less 'Provides no unpaid care'), attributed to the practice",
        denominator: "Usual residents aged 5 and over (TS039), attributed to the practice",
        polarity: "none",
      },
      "TS039 provision of unpaid care",
      period,
    ),
    censusIndicator(
      {
        indicator_id: "general_health_bad",
        name: "Residents in bad or very bad health",
        short_name: "Bad or very bad health",
        theme: "long_term_conditions",
        definition:
          "The percentage of usual residents who describe their general health as bad or very bad (Census 2021), in the neighbourhoods where the practice's patients live.",
        numerator: "Usual residents in bad or very bad health (TS037), attributed to the practice",
        denominator: "All usual residents (TS037), attributed to the practice",
        polarity: "higher_is_worse",
      },
      "TS037 general health",
      period,
    ),
    censusIndicator(
      {
        indicator_id: "no_car_households",
        name: "Households with no car or van",
        short_name: "No car or van",
        theme: "deprivation",
        definition:
          "The percentage of households with no car or van (Census 2021), in the neighbourhoods where the practice's patients live.",
        numerator: "Households with no cars or vans (TS045), attributed to the practice",
        denominator: "All households (TS045), attributed to the practice",
        polarity: "none",
      },
      "TS045 car or van availability",
      period,
    ),
    {
      indicator_id: "core20_share",
      name: "Registered patients living in the most deprived 20% of neighbourhoods in England (Core20)",
      short_name: "Core20 share",
      theme: "deprivation",
      definition:
        "The percentage of the practice's registered patients who live in LSOAs in the most deprived 20% nationally (IMD 2019 deciles 1 and 2), NHS England's Core20 population.",
      numerator: "Registered patients living in LSOAs of IMD 2019 national decile 1 or 2",
      denominator: "Registered patients living in LSOAs with an IMD 2019 decile",
      unit: "%",
      polarity: "higher_is_worse",
      source: `${IOD.replace("LSOA scores", "LSOA deciles")} or the IoD 2019 deciles file; ${registrations(period)}`,
      method: [
        "Deciles are MHCLG's national IMD 2019 deciles (1 = most deprived 10% of England's 32,844 LSOAs) as published",
        "in File 7 or the deciles file, never ranks within the build. Count = registered patients in LSOAs of decile",
        "1 or 2; denominator = registered patients in LSOAs with a decile (patients with no known LSOA, or in Welsh",
        "or other unscored LSOAs, are left out of both). PCN, ICB and England add their practices' counts.",
        WILSON,
      ].join(" "),
      decimals: 1,
    },
    {
      indicator_id: "idaopi",
      name: "Income deprivation affecting older people (IDAOPI 2019) of the registered population",
      short_name: "IDAOPI",
      theme: "loneliness",
      definition:
        "The average share of people aged 60 and over who are income-deprived (IDAOPI 2019 rate) in the LSOAs where the practice's patients live, weighted by registered patients.",
      numerator: "Σ over LSOAs of registered patients × LSOA IDAOPI rate (%)",
      denominator: "Registered patients living in LSOAs with an IDAOPI score",
      unit: "%",
      polarity: "higher_is_worse",
      source: `${IOD}; ${registrations(period)}`,
      method: `${weightedMethod("IDAOPI rate", period)} File 7 rates (0–1) are shown as percentages. Patients of all ages are the weights: registrations by LSOA are not published by age, so a practice with a young list in an area of deprived older people shows that area's rate.`,
      decimals: 1,
    },
  ];
  return new Map(
    definitions.map((definition) => [definition.indicator_id, indicatorDefinitionSchema.parse(definition)]),
  );
}
