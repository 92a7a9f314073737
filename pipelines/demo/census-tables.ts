/**
 * Census 2021 topic summaries by LSOA in the Nomis bulk-download layout (`census2021-tsNNN-lsoa.csv`):
 * `date,geography,geography code`, then one column per category, totals and subtotals included, headers
 * exactly as Nomis writes them (TS003 carries "; measures: Value", the others do not).
 *
 * Each table is a set of leaf categories with England's 2021 shares and how they lean with the LSOA's
 * deprivation, age and urbanity (in national standard deviations, log scale); the other columns are sums
 * of leaves, so every total in a file adds up.
 */
export interface CensusCategory {
  readonly key: string;
  /** England 2021 share, per cent. */
  readonly share: number;
  readonly deprivation: number;
  readonly older: number;
  readonly urban: number;
}

export interface CensusColumn {
  readonly header: string;
  /** Keys of the leaves this column adds up; one key for a leaf itself. */
  readonly sumOf: readonly string[];
}

export interface CensusTable {
  readonly file: string;
  readonly universe: "households" | "residents" | "residents aged 5 and over";
  readonly categories: readonly CensusCategory[];
  readonly columns: readonly CensusColumn[];
}

const category = (
  key: string,
  share: number,
  deprivation: number,
  older: number,
  urban = 0,
): CensusCategory => ({
  key,
  share,
  deprivation,
  older,
  urban,
});

function allKeys(categories: readonly CensusCategory[]): string[] {
  return categories.map((c) => c.key);
}

const householdCategories = [
  category("one66", 12.8, 0.05, 0.45, 0.1),
  category("oneOther", 17.3, 0.2, -0.1, 0.35),
  category("family66", 9.2, -0.15, 0.5, -0.2),
  category("marriedNone", 12.3, -0.25, 0.15, -0.2),
  category("marriedDependent", 14.5, -0.2, -0.3, -0.2),
  category("marriedNonDependent", 6.3, -0.1, 0.05, -0.15),
  category("cohabitingNone", 5.1, 0, -0.2, 0.1),
  category("cohabitingDependent", 4.7, 0.15, -0.25),
  category("cohabitingNonDependent", 0.5, 0.1, -0.1),
  category("loneDependent", 6.9, 0.5, -0.3, 0.1),
  category("loneNonDependent", 4.2, 0.35, 0),
  category("otherFamily", 1.9, 0.1, 0),
  category("otherDependent", 1.8, 0.25, -0.2, 0.2),
  category("otherStudents", 3.3, 0.1, -0.1, 0.5),
];

const ts003 = (label: string, sumOf: readonly string[]): CensusColumn => ({
  header: `Household composition: ${label}; measures: Value`,
  sumOf,
});

const householdComposition: CensusTable = {
  file: "census2021-ts003-lsoa.csv",
  universe: "households",
  categories: householdCategories,
  columns: [
    ts003("Total", allKeys(householdCategories)),
    ts003("One person household", ["one66", "oneOther"]),
    ts003("One person household: Aged 66 years and over", ["one66"]),
    ts003("One person household: Other", ["oneOther"]),
    ts003("Single family household", [
      "family66",
      "marriedNone",
      "marriedDependent",
      "marriedNonDependent",
      "cohabitingNone",
      "cohabitingDependent",
      "cohabitingNonDependent",
      "loneDependent",
      "loneNonDependent",
      "otherFamily",
    ]),
    ts003("Single family household: All aged 66 years and over", ["family66"]),
    ts003("Single family household: Married or civil partnership couple", [
      "marriedNone",
      "marriedDependent",
      "marriedNonDependent",
    ]),
    ts003("Single family household: Married or civil partnership couple: No children", ["marriedNone"]),
    ts003("Single family household: Married or civil partnership couple: Dependent children", [
      "marriedDependent",
    ]),
    ts003("Single family household: Married or civil partnership couple: All children non-dependent", [
      "marriedNonDependent",
    ]),
    ts003("Single family household: Cohabiting couple family", [
      "cohabitingNone",
      "cohabitingDependent",
      "cohabitingNonDependent",
    ]),
    ts003("Single family household: Cohabiting couple family: No children", ["cohabitingNone"]),
    ts003("Single family household: Cohabiting couple family: With dependent children", [
      "cohabitingDependent",
    ]),
    ts003("Single family household: Cohabiting couple family: All children non-dependent", [
      "cohabitingNonDependent",
    ]),
    ts003("Single family household: Lone parent family", ["loneDependent", "loneNonDependent"]),
    ts003("Single family household: Lone parent family: With dependent children", ["loneDependent"]),
    ts003("Single family household: Lone parent family: All children non-dependent", ["loneNonDependent"]),
    ts003("Single family household: Other single family household", ["otherFamily"]),
    ts003("Single family household: Other single family household: Other family composition", [
      "otherFamily",
    ]),
    ts003("Other household types", ["otherDependent", "otherStudents"]),
    ts003("Other household types: With dependent children", ["otherDependent"]),
    ts003("Other household types: Other, including all full-time students and all aged 66 years and over", [
      "otherStudents",
    ]),
  ],
};

const healthCategories = [
  category("veryGood", 48.5, -0.2, -0.2),
  category("good", 33.7, 0, 0),
  category("fair", 12.7, 0.2, 0.25),
  category("bad", 4.0, 0.45, 0.3),
  category("veryBad", 1.2, 0.55, 0.3),
];

const generalHealth: CensusTable = {
  file: "census2021-ts037-lsoa.csv",
  universe: "residents",
  categories: healthCategories,
  columns: [
    { header: "General health: Total: All usual residents", sumOf: allKeys(healthCategories) },
    { header: "General health: Very good health", sumOf: ["veryGood"] },
    { header: "General health: Good health", sumOf: ["good"] },
    { header: "General health: Fair health", sumOf: ["fair"] },
    { header: "General health: Bad health", sumOf: ["bad"] },
    { header: "General health: Very bad health", sumOf: ["veryBad"] },
  ],
};

const careCategories = [
  category("none", 91.1, -0.02, -0.03),
  category("upTo9", 4.4, -0.05, 0.2),
  category("10to19", 1.3, 0.05, 0.2),
  category("20to34", 0.9, 0.25, 0.2),
  category("35to49", 0.5, 0.3, 0.2),
  category("50plus", 1.8, 0.35, 0.25),
];

const ts039 = (label: string, sumOf: readonly string[]): CensusColumn => ({
  header: `Provision of unpaid care: ${label}`,
  sumOf,
});

const unpaidCare: CensusTable = {
  file: "census2021-ts039-lsoa.csv",
  universe: "residents aged 5 and over",
  categories: careCategories,
  columns: [
    ts039("Total: All usual residents aged 5 and over", allKeys(careCategories)),
    ts039("Provides no unpaid care", ["none"]),
    ts039("Provides 19 hours or less unpaid care a week", ["upTo9", "10to19"]),
    ts039("Provides 9 hours or less unpaid care a week", ["upTo9"]),
    ts039("Provides 10 to 19 hours unpaid care a week", ["10to19"]),
    ts039("Provides 20 to 49 hours unpaid care a week", ["20to34", "35to49"]),
    ts039("Provides 20 to 34 hours unpaid care a week", ["20to34"]),
    ts039("Provides 35 to 49 hours unpaid care a week", ["35to49"]),
    ts039("Provides 50 or more hours unpaid care a week", ["50plus"]),
  ],
};

const carCategories = [
  category("none", 23.3, 0.6, 0.1, 0.9),
  category("one", 41.3, 0.1, 0.05, 0.1),
  category("two", 26.1, -0.3, -0.05, -0.4),
  category("threePlus", 9.3, -0.5, -0.05, -0.6),
];

const ts045 = (label: string, sumOf: readonly string[]): CensusColumn => ({
  header: `Number of cars or vans: ${label}`,
  sumOf,
});

const carAvailability: CensusTable = {
  file: "census2021-ts045-lsoa.csv",
  universe: "households",
  categories: carCategories,
  columns: [
    ts045("Total: All households", allKeys(carCategories)),
    ts045("No cars or vans in household", ["none"]),
    ts045("1 car or van in household", ["one"]),
    ts045("2 cars or vans in household", ["two"]),
    ts045("3 or more cars or vans in household", ["threePlus"]),
  ],
};

export const censusTables: readonly CensusTable[] = [
  householdComposition,
  generalHealth,
  unpaidCare,
  carAvailability,
];
