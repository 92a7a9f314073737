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

/** One column: its label after the topic, and the leaves it adds up ("all" for the table's total). */
type ColumnPlan = readonly [label: string, sumOf: readonly string[] | "all"];

/** A table whose headers read `${topic}: ${label}${suffix}`, as Nomis writes them. */
function censusTable(plan: {
  file: CensusTable["file"];
  universe: CensusTable["universe"];
  categories: readonly CensusCategory[];
  topic: string;
  suffix?: string;
  columns: readonly ColumnPlan[];
}): CensusTable {
  return {
    file: plan.file,
    universe: plan.universe,
    categories: plan.categories,
    columns: plan.columns.map(([label, sumOf]) => ({
      header: `${plan.topic}: ${label}${plan.suffix ?? ""}`,
      sumOf: sumOf === "all" ? plan.categories.map((c) => c.key) : sumOf,
    })),
  };
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

const householdComposition = censusTable({
  file: "census2021-ts003-lsoa.csv",
  universe: "households",
  categories: householdCategories,
  topic: "Household composition",
  suffix: "; measures: Value",
  columns: [
    ["Total", "all"],
    ["One person household", ["one66", "oneOther"]],
    ["One person household: Aged 66 years and over", ["one66"]],
    ["One person household: Other", ["oneOther"]],
    [
      "Single family household",
      [
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
      ],
    ],
    ["Single family household: All aged 66 years and over", ["family66"]],
    [
      "Single family household: Married or civil partnership couple",
      ["marriedNone", "marriedDependent", "marriedNonDependent"],
    ],
    ["Single family household: Married or civil partnership couple: No children", ["marriedNone"]],
    [
      "Single family household: Married or civil partnership couple: Dependent children",
      ["marriedDependent"],
    ],
    [
      "Single family household: Married or civil partnership couple: All children non-dependent",
      ["marriedNonDependent"],
    ],
    [
      "Single family household: Cohabiting couple family",
      ["cohabitingNone", "cohabitingDependent", "cohabitingNonDependent"],
    ],
    ["Single family household: Cohabiting couple family: No children", ["cohabitingNone"]],
    ["Single family household: Cohabiting couple family: With dependent children", ["cohabitingDependent"]],
    [
      "Single family household: Cohabiting couple family: All children non-dependent",
      ["cohabitingNonDependent"],
    ],
    ["Single family household: Lone parent family", ["loneDependent", "loneNonDependent"]],
    ["Single family household: Lone parent family: With dependent children", ["loneDependent"]],
    ["Single family household: Lone parent family: All children non-dependent", ["loneNonDependent"]],
    ["Single family household: Other single family household", ["otherFamily"]],
    ["Single family household: Other single family household: Other family composition", ["otherFamily"]],
    ["Other household types", ["otherDependent", "otherStudents"]],
    ["Other household types: With dependent children", ["otherDependent"]],
    [
      "Other household types: Other, including all full-time students and all aged 66 years and over",
      ["otherStudents"],
    ],
  ],
});

const healthCategories = [
  category("veryGood", 48.5, -0.2, -0.2),
  category("good", 33.7, 0, 0),
  category("fair", 12.7, 0.2, 0.25),
  category("bad", 4.0, 0.45, 0.3),
  category("veryBad", 1.2, 0.55, 0.3),
];

const generalHealth = censusTable({
  file: "census2021-ts037-lsoa.csv",
  universe: "residents",
  categories: healthCategories,
  topic: "General health",
  columns: [
    ["Total: All usual residents", "all"],
    ["Very good health", ["veryGood"]],
    ["Good health", ["good"]],
    ["Fair health", ["fair"]],
    ["Bad health", ["bad"]],
    ["Very bad health", ["veryBad"]],
  ],
});

const careCategories = [
  category("none", 91.1, -0.02, -0.03),
  category("upTo9", 4.4, -0.05, 0.2),
  category("10to19", 1.3, 0.05, 0.2),
  category("20to34", 0.9, 0.25, 0.2),
  category("35to49", 0.5, 0.3, 0.2),
  category("50plus", 1.8, 0.35, 0.25),
];

const unpaidCare = censusTable({
  file: "census2021-ts039-lsoa.csv",
  universe: "residents aged 5 and over",
  categories: careCategories,
  topic: "Provision of unpaid care",
  columns: [
    ["Total: All usual residents aged 5 and over", "all"],
    ["Provides no unpaid care", ["none"]],
    ["Provides 19 hours or less unpaid care a week", ["upTo9", "10to19"]],
    ["Provides 9 hours or less unpaid care a week", ["upTo9"]],
    ["Provides 10 to 19 hours unpaid care a week", ["10to19"]],
    ["Provides 20 to 49 hours unpaid care a week", ["20to34", "35to49"]],
    ["Provides 20 to 34 hours unpaid care a week", ["20to34"]],
    ["Provides 35 to 49 hours unpaid care a week", ["35to49"]],
    ["Provides 50 or more hours unpaid care a week", ["50plus"]],
  ],
});

const carCategories = [
  category("none", 23.3, 0.6, 0.1, 0.9),
  category("one", 41.3, 0.1, 0.05, 0.1),
  category("two", 26.1, -0.3, -0.05, -0.4),
  category("threePlus", 9.3, -0.5, -0.05, -0.6),
];

const carAvailability = censusTable({
  file: "census2021-ts045-lsoa.csv",
  universe: "households",
  categories: carCategories,
  topic: "Number of cars or vans",
  columns: [
    ["Total: All households", "all"],
    ["No cars or vans in household", ["none"]],
    ["1 car or van in household", ["one"]],
    ["2 cars or vans in household", ["two"]],
    ["3 or more cars or vans in household", ["threePlus"]],
  ],
});

export const censusTables: readonly CensusTable[] = [
  householdComposition,
  generalHealth,
  unpaidCare,
  carAvailability,
];
