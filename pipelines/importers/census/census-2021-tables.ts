import { normaliseHeading } from "../../discovery/match-layout.ts";

/**
 * The Census 2021 topic summaries the pipeline reads, described once for both layouts it accepts (Nomis
 * bulk, one column per category; tidy long, one row per category). A category's `label` is as Nomis heads
 * it after the table's prefix ("Household composition: <label>"); the tidy files (Trafford Data Lab, ONS
 * API extracts) use the same words up to punctuation ("One-person household" = "One person household"),
 * and labels are compared after normaliseHeading. To read another table, add it here: both importers,
 * the totals check and `lsoa_values` follow.
 *
 * `role`: the table's `total`; a `leaf` (leaves add up to the total; a tidy file without a total row gets
 * its total from them); a `subtotal` of leaves (read, checked, not added again); `excluded` people outside
 * the table's base (TS039's "Does not apply": under-5s, outside "usual residents aged 5 and over").
 */
export type CensusCategory = {
  id: string;
  label: string;
  aliases?: readonly string[];
  role: "total" | "leaf" | "subtotal" | "excluded";
};

/** An LSOA share from one table: count = Σ numerator categories (or total − complement), over the total. */
export type CensusMeasure = {
  id: string;
  numerator: { categories: readonly string[] } | { totalLess: string };
};

export type CensusTable = {
  id: string;
  title: string;
  /** The text before ": " in every Nomis heading of the table. */
  prefix: string;
  categories: readonly CensusCategory[];
  measures: readonly CensusMeasure[];
};

const total = (label: string): CensusCategory => ({ id: "total", label, aliases: ["Total"], role: "total" });
const leaf = (id: string, label: string): CensusCategory => ({ id, label, role: "leaf" });
const subtotal = (id: string, label: string): CensusCategory => ({ id, label, role: "subtotal" });

export const CENSUS_TABLES: readonly CensusTable[] = [
  {
    id: "TS003",
    title: "Household composition",
    prefix: "Household composition",
    categories: [
      total("Total"),
      subtotal("one_person", "One person household"),
      leaf("one_person_66plus", "One person household: Aged 66 years and over"),
      leaf("one_person_other", "One person household: Other"),
      subtotal("single_family", "Single family household"),
      leaf("family_66plus", "Single family household: All aged 66 years and over"),
      subtotal("married", "Single family household: Married or civil partnership couple"),
      leaf(
        "married_no_children",
        "Single family household: Married or civil partnership couple: No children",
      ),
      leaf(
        "married_dependent",
        "Single family household: Married or civil partnership couple: Dependent children",
      ),
      leaf(
        "married_non_dependent",
        "Single family household: Married or civil partnership couple: All children non-dependent",
      ),
      subtotal("cohabiting", "Single family household: Cohabiting couple family"),
      leaf("cohabiting_no_children", "Single family household: Cohabiting couple family: No children"),
      leaf(
        "cohabiting_dependent",
        "Single family household: Cohabiting couple family: With dependent children",
      ),
      leaf(
        "cohabiting_non_dependent",
        "Single family household: Cohabiting couple family: All children non-dependent",
      ),
      subtotal("lone_parent", "Single family household: Lone parent family"),
      leaf("lone_parent_dependent", "Single family household: Lone parent family: With dependent children"),
      leaf(
        "lone_parent_non_dependent",
        "Single family household: Lone parent family: All children non-dependent",
      ),
      subtotal("other_family", "Single family household: Other single family household"),
      leaf(
        "other_family_other",
        "Single family household: Other single family household: Other family composition",
      ),
      subtotal("other_types", "Other household types"),
      leaf("other_types_dependent", "Other household types: With dependent children"),
      leaf(
        "other_types_other",
        "Other household types: Other, including all full-time students and all aged 66 years and over",
      ),
    ],
    measures: [{ id: "living_alone_66plus", numerator: { categories: ["one_person_66plus"] } }],
  },
  {
    id: "TS007A",
    title: "Age by five-year age bands",
    prefix: "Age",
    categories: [
      total("Total"),
      leaf("0_4", "Aged 4 years and under"),
      ...[5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80].map((from) =>
        leaf(`${from}_${from + 4}`, `Aged ${from} to ${from + 4} years`),
      ),
      leaf("85plus", "Aged 85 years and over"),
    ],
    measures: [
      {
        id: "residents_65plus",
        numerator: { categories: ["65_69", "70_74", "75_79", "80_84", "85plus"] },
      },
    ],
  },
  {
    id: "TS037",
    title: "General health",
    prefix: "General health",
    categories: [
      total("Total: All usual residents"),
      leaf("very_good", "Very good health"),
      leaf("good", "Good health"),
      leaf("fair", "Fair health"),
      leaf("bad", "Bad health"),
      leaf("very_bad", "Very bad health"),
    ],
    measures: [{ id: "general_health_bad", numerator: { categories: ["bad", "very_bad"] } }],
  },
  {
    id: "TS039",
    title: "Provision of unpaid care",
    prefix: "Provision of unpaid care",
    categories: [
      total("Total: All usual residents aged 5 and over"),
      { id: "does_not_apply", label: "Does not apply", role: "excluded" },
      leaf("none", "Provides no unpaid care"),
      subtotal("up_to_19", "Provides 19 hours or less unpaid care a week"),
      leaf("up_to_9", "Provides 9 hours or less unpaid care a week"),
      leaf("10_19", "Provides 10 to 19 hours unpaid care a week"),
      subtotal("20_49", "Provides 20 to 49 hours unpaid care a week"),
      leaf("20_34", "Provides 20 to 34 hours unpaid care a week"),
      leaf("35_49", "Provides 35 to 49 hours unpaid care a week"),
      leaf("50plus", "Provides 50 or more hours unpaid care a week"),
    ],
    measures: [{ id: "unpaid_carers", numerator: { totalLess: "none" } }],
  },
  {
    id: "TS045",
    title: "Car or van availability",
    prefix: "Number of cars or vans",
    categories: [
      total("Total: All households"),
      leaf("none", "No cars or vans in household"),
      leaf("one", "1 car or van in household"),
      leaf("two", "2 cars or vans in household"),
      leaf("three_plus", "3 or more cars or vans in household"),
    ],
    measures: [{ id: "no_car_households", numerator: { categories: ["none"] } }],
  },
];

/** Census day: every count describes 21 March 2021; outputs label the period "2021". */
export const CENSUS_PERIOD = "2021";

/** The canonical staging name of a category's column in a Nomis file: `ts003_one_person_66plus`. */
export const nomisColumnName = (table: CensusTable, category: CensusCategory) =>
  `${table.id.toLowerCase()}_${category.id}`;

/** Category label → category, per table, keyed by the normalised label (and its aliases). */
export function categoryIndex(table: CensusTable): Map<string, CensusCategory> {
  const index = new Map<string, CensusCategory>();
  for (const category of table.categories) {
    for (const label of [category.label, ...(category.aliases ?? [])]) {
      index.set(normaliseHeading(label), category);
      index.set(normaliseHeading(`${table.prefix}: ${label}`), category);
    }
  }
  return index;
}
