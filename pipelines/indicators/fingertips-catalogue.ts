import type { IndicatorDefinition } from "./indicator-definition.ts";

/**
 * How a Fingertips indicator's figures are handled:
 * - `proportion`: a percentage of Count / Denominator. Missing limits are Wilson score limits, PCN and ICB
 *   values can be summed from practices, and the recent trend is the χ² test for trend on counts.
 * - `published`: any other value (scores, rates, ratios). Taken as published; limits, comparisons and trend
 *   only where Fingertips published limits, and no sums (a mean of scores or a sum of ratios is not the
 *   area's value).
 */
export type FingertipsKind = "proportion" | "published";

/** What this product knows about a Fingertips indicator; the build adds source and method. */
export type FingertipsCatalogueEntry = {
  fingertipsId: number;
  /** Checked against the file's Indicator Name, so a file exported under a reused or mistyped id is flagged. */
  namePattern: RegExp;
  kind: FingertipsKind;
  /** Who is counted, for the method text. */
  population: string;
  definition: Omit<IndicatorDefinition, "source" | "method">;
};

const qofPrevalence = (condition: string, register: string, age: number) => ({
  definition: `Patients aged ${age} and over on the practice's ${register} register (Quality and Outcomes Framework), as a percentage of registered patients aged ${age} and over. ${condition}`,
  numerator: `Patients aged ${age}+ on the QOF ${register} register`,
  denominator: `Registered patients aged ${age}+ (QOF list size)`,
  unit: "%",
  decimals: 1,
});

/**
 * Fingertips indicators with a stable id here. QOF prevalences carry no judgement in Fingertips (a high
 * recorded prevalence can mean good case finding), so they compare as higher/similar/lower; smoking and
 * deprivation are judged (lower is better).
 */
export const FINGERTIPS_CATALOGUE: readonly FingertipsCatalogueEntry[] = [
  {
    fingertipsId: 241,
    namePattern: /diabetes/i,
    kind: "proportion",
    population: "patients aged 17+",
    definition: {
      indicator_id: "diabetes_prevalence",
      name: "Diabetes: QOF prevalence (17+)",
      short_name: "Diabetes",
      theme: "diabetes",
      ...qofPrevalence("Recorded diabetes of any type.", "diabetes", 17),
      polarity: "none",
    },
  },
  {
    // The id is the one the demo generator and the project brief use; its Indicator Name is checked below.
    fingertipsId: 92876,
    namePattern: /hyperglycaemia|\bNDH\b/i,
    kind: "proportion",
    population: "patients aged 18+",
    definition: {
      indicator_id: "ndh_prevalence",
      name: "Non-diabetic hyperglycaemia: QOF prevalence (18+)",
      short_name: "Non-diabetic hyperglycaemia",
      theme: "diabetes",
      ...qofPrevalence(
        "NDH (pre-diabetes) is blood glucose above normal but below the diabetes threshold; QOF has registered it since 2020/21.",
        "non-diabetic hyperglycaemia",
        18,
      ),
      polarity: "none",
    },
  },
  {
    fingertipsId: 92588,
    namePattern: /obesity/i,
    kind: "proportion",
    population: "patients aged 18+",
    definition: {
      indicator_id: "obesity_prevalence",
      name: "Obesity: QOF prevalence (18+)",
      short_name: "Obesity",
      theme: "diabetes",
      ...qofPrevalence(
        "Obesity is a body mass index of 30 or more recorded in the previous 12 months.",
        "obesity",
        18,
      ),
      polarity: "none",
    },
  },
  {
    fingertipsId: 848,
    namePattern: /depression/i,
    kind: "proportion",
    population: "patients aged 18+",
    definition: {
      indicator_id: "depression_prevalence",
      name: "Depression: QOF prevalence (18+)",
      short_name: "Depression",
      theme: "mental_health",
      ...qofPrevalence("Recorded depression since April 2006, not since resolved.", "depression", 18),
      polarity: "none",
    },
  },
  {
    fingertipsId: 91547,
    namePattern: /smok/i,
    kind: "proportion",
    population: "patients aged 15+",
    definition: {
      indicator_id: "smoking_prevalence",
      name: "Smoking prevalence in adults (15+), current smokers (QOF)",
      short_name: "Smoking",
      theme: "smoking",
      definition:
        "Patients aged 15 and over whose latest smoking status in their GP record is current smoker (Quality and Outcomes Framework data), as a percentage of registered patients aged 15 and over.",
      numerator: "Patients aged 15+ recorded as current smokers",
      denominator: "Registered patients aged 15+",
      unit: "%",
      polarity: "higher_is_worse",
      decimals: 1,
    },
  },
  {
    fingertipsId: 93553,
    namePattern: /deprivation|IMD/i,
    kind: "published",
    population: "registered patients",
    definition: {
      indicator_id: "imd_score_published",
      name: "Deprivation score (IMD) of the registered population, as published by OHID",
      short_name: "IMD score (OHID)",
      theme: "deprivation",
      definition:
        "OHID's own practice deprivation score: the IMD score of the LSOAs where the practice's patients live, weighted by registered patients. Shown beside this product's imd_score as a check; periods are IMD editions (2010, 2015, 2019).",
      numerator: "Σ over LSOAs of registered patients × LSOA IMD score (as computed by OHID)",
      denominator: "Registered patients with a known LSOA (as counted by OHID)",
      unit: "score",
      polarity: "higher_is_worse",
      decimals: 1,
    },
  },
];

export const FINGERTIPS_ENGLAND_IMD_ID = 93553;

export function catalogueEntry(fingertipsId: number): FingertipsCatalogueEntry | undefined {
  return FINGERTIPS_CATALOGUE.find((entry) => entry.fingertipsId === fingertipsId);
}

/** The indicator id of a Fingertips indicator this product has no definition for. */
export const unknownIndicatorId = (fingertipsId: number) => `fingertips_${fingertipsId}`;
