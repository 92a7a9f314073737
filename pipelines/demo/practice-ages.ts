import { ageCount, ageWeights, maleShare } from "./age-structure.ts";
import { apportion } from "./apportion.ts";
import type { Neighbourhoods } from "./neighbourhoods.ts";
import type { Practice } from "./practices.ts";
import type { Random } from "./random.ts";
import { meanOverPatients, type Registrations } from "./registrations.ts";

export const sexes = ["MALE", "FEMALE"] as const;

/**
 * Each practice's list by sex and single year of age. The age mix follows the neighbourhoods its patients
 * live in (an older, less deprived catchment gives an older list) plus the practice's own lean; the cells
 * always add up to the practice's total in the LSOA file.
 */
export interface PracticeAges {
  /** counts[(practice * 2 + sex) * ageCount + age], sex 0 = male, 1 = female. */
  readonly counts: Int32Array;
}

export function practiceAgeIndex(practice: number, sex: number, age: number): number {
  return (practice * 2 + sex) * ageCount + age;
}

export function buildPracticeAges(
  random: Random,
  practices: readonly Practice[],
  registrations: Registrations,
  neighbourhoods: Neighbourhoods,
): PracticeAges {
  const older = meanOverPatients(registrations, neighbourhoods.older);
  const deprivation = meanOverPatients(registrations, neighbourhoods.deprivation);
  const counts = new Int32Array(practices.length * 2 * ageCount);
  const cellWeights = new Float64Array(2 * ageCount);
  for (const practice of practices) {
    const ages = ageWeights({
      older: (older[practice.index] ?? 0) + practice.olderOffset,
      youth: deprivation[practice.index] ?? 0,
      students: practice.students,
    });
    for (let age = 0; age < ageCount; age += 1) {
      const share = ages[age] ?? 0;
      const male = maleShare(age);
      // A little noise per cell, so pyramids are not perfectly smooth.
      cellWeights[age] = share * male * Math.exp(0.05 * random.normal());
      cellWeights[ageCount + age] = share * (1 - male) * Math.exp(0.05 * random.normal());
    }
    const cells = apportion(registrations.practiceTotals[practice.index] ?? 0, cellWeights);
    counts.set(cells, practiceAgeIndex(practice.index, 0, 0));
  }
  return { counts };
}

/** Patients of a practice aged `from` or over, both sexes. */
export function patientsAgedAtLeast(ages: PracticeAges, practice: number, from: number): number {
  let total = 0;
  for (let sex = 0; sex < 2; sex += 1) {
    for (let age = from; age < ageCount; age += 1)
      total += ages.counts[practiceAgeIndex(practice, sex, age)] ?? 0;
  }
  return total;
}
