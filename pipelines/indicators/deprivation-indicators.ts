import { type IndicatorDefinition, indicatorDefinitionSchema } from "./indicator-definition.ts";

export type DeprivationSources = {
  /** The registrations extract used (ISO date), or null if the files carried none. */
  registrationsPeriod: string | null;
};

/** LSOA measures that become practice indicators (IDAOPI as `idaopi`: population-indicators.ts defines it).
 * IDACI stays LSOA-only: weighting a children's rate by all patients would say little. */
export const PRACTICE_SCORE_MEASURES = [
  "imd_score",
  "income_score",
  "employment_score",
  "idaopi_score",
] as const;

/** A practice indicator whose id differs from the LSOA measure it is weighted from. */
export const INDICATOR_OF_MEASURE: Readonly<Record<string, string>> = { idaopi_score: "idaopi" };

export const IOD = "English Indices of Deprivation 2019 (MHCLG), File 7: LSOA scores (2011 LSOAs)";

export function registrations(period: string | null): string {
  return `NHS Digital, Patients Registered at a GP Practice, patients by LSOA${period === null ? "" : ` (extract ${period})`}`;
}

/** OHID's practice method (Fingertips 93553), stated once and reused for each domain. */
export function weightedMethod(score: string, period: string | null): string {
  return [
    `Population-weighted mean of the ${score} of the LSOAs where the practice's registered patients live:`,
    `Σ(patients in LSOA × LSOA ${score}) / Σ(patients in LSOAs with a ${score}), as OHID calculates the practice`,
    "deprivation score in Fingertips (indicator 93553).",
    `Patients are NHS Digital's registered patients by practice and LSOA${period === null ? "" : ` at ${period}`}; ALL rows are`,
    "used where published, otherwise MALE + FEMALE. Patients with no known LSOA (NO2011/NO2021) or in an LSOA",
    "without a score are left out of both sums; `denominator` is the number of patients used, and",
    "denominator / list_size is the coverage. PCN, ICB and England values apply the same formula to all their",
    "practices' patients (the patient-weighted mean of practice values); England uses every practice in the",
    "registrations input. No confidence intervals: the score is a weighted average of modelled area scores, not",
    "a sample estimate.",
  ].join(" ");
}

export function deprivationIndicators(sources: DeprivationSources): IndicatorDefinition[] {
  const period = sources.registrationsPeriod;
  const source = `${IOD}; ${registrations(period)}`;
  const definitions: IndicatorDefinition[] = [
    {
      indicator_id: "imd_score",
      name: "Deprivation score (IMD 2019) of the registered population",
      short_name: "IMD 2019 score",
      theme: "deprivation",
      definition:
        "The average Index of Multiple Deprivation 2019 score of the neighbourhoods (LSOAs) where the practice's patients live, each neighbourhood counted once per registered patient. Higher means more deprived.",
      numerator: "Σ over LSOAs of registered patients × LSOA IMD 2019 score",
      denominator: "Registered patients living in LSOAs with an IMD 2019 score",
      unit: "score",
      polarity: "higher_is_worse",
      source,
      method: weightedMethod("IMD score", period),
      decimals: 1,
    },
    {
      indicator_id: "income_score",
      name: "Income deprivation (IMD 2019 income domain) of the registered population",
      short_name: "Income deprivation",
      theme: "deprivation",
      definition:
        "The average share of residents who are income-deprived (IMD 2019 income domain rate) in the LSOAs where the practice's patients live, weighted by registered patients.",
      numerator: "Σ over LSOAs of registered patients × LSOA income domain rate (%)",
      denominator: "Registered patients living in LSOAs with an income domain score",
      unit: "%",
      polarity: "higher_is_worse",
      source,
      method: `${weightedMethod("income domain rate", period)} File 7 rates (0–1) are shown as percentages.`,
      decimals: 1,
    },
    {
      indicator_id: "employment_score",
      name: "Employment deprivation (IMD 2019 employment domain) of the registered population",
      short_name: "Employment deprivation",
      theme: "deprivation",
      definition:
        "The average share of working-age residents who are employment-deprived (IMD 2019 employment domain rate) in the LSOAs where the practice's patients live, weighted by registered patients.",
      numerator: "Σ over LSOAs of registered patients × LSOA employment domain rate (%)",
      denominator: "Registered patients living in LSOAs with an employment domain score",
      unit: "%",
      polarity: "higher_is_worse",
      source,
      method: `${weightedMethod("employment domain rate", period)} File 7 rates (0–1) are shown as percentages.`,
      decimals: 1,
    },
    {
      indicator_id: "imd_decile",
      name: "Deprivation decile (IMD 2019) of the practice among the practices in this dataset",
      short_name: "IMD 2019 decile",
      theme: "deprivation",
      definition:
        "Which tenth of the practices in this dataset the practice's IMD 2019 score falls in: 1 = the most deprived tenth, 10 = the least deprived. National deciles only when the dataset covers England.",
      numerator: "Rank of the practice's IMD 2019 score, highest score first",
      denominator: "Number of practices in the dataset with an IMD 2019 score",
      unit: "decile",
      polarity: "higher_is_better",
      source,
      method:
        "Practices are ranked by their IMD 2019 score (imd_score), highest first, ties sharing the higher rank; decile = floor(10 × (rank − 1) / number of practices) + 1, so decile 1 is the most deprived tenth, as in OHID's practice deprivation deciles. The same decile is given in the `decile` column of each practice's imd_score row (and, for the income and employment scores, the decile of those scores).",
      decimals: 0,
    },
  ];
  return definitions.map((definition) => indicatorDefinitionSchema.parse(definition));
}
