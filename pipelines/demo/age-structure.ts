/**
 * Single-year age structure, ages 0–94 and 95+ as NHS Digital publishes them. The base shape follows the
 * England registered population (flat childhood, a bulge at 25–59, a long tail from 70); `older` tilts it
 * towards old age (coastal and rural places), `youth` towards children (deprived places), `students`
 * towards 18–24 (a university practice). All three are in standard deviations of their drivers.
 */
export const ageCount = 96;
const oldestAgeLabel = "95+";

export function ageLabel(age: number): string {
  return age >= ageCount - 1 ? oldestAgeLabel : String(age);
}

function baseShare(age: number): number {
  if (age < 18) return 1.12;
  if (age < 25) return 1.12;
  if (age < 45) return 1.42;
  if (age < 60) return 1.33;
  if (age < 70) return 1.12;
  if (age < 80) return 0.92;
  if (age < 90) return 0.62 - (age - 80) * 0.042;
  if (age < 95) return 0.2 - (age - 90) * 0.025;
  // 95 and over, all ages together.
  return 0.28;
}

export interface AgeTilt {
  readonly older: number;
  readonly youth: number;
  readonly students: number;
}

export function ageWeights({ older, youth, students }: AgeTilt): Float64Array {
  const weights = new Float64Array(ageCount);
  let total = 0;
  for (let age = 0; age < ageCount; age += 1) {
    let weight = baseShare(age) * Math.exp(0.32 * older * Math.max(-1.2, (age - 42) / 30));
    if (age < 16) weight *= Math.exp(0.12 * youth);
    if (age >= 18 && age <= 24) weight *= 1 + 3 * students;
    weights[age] = weight;
    total += weight;
  }
  for (let age = 0; age < ageCount; age += 1) weights[age] = (weights[age] ?? 0) / total;
  return weights;
}

/** Share of each age that is male: about even in childhood, falling to a third at 95+ (ONS mid-year estimates). */
export function maleShare(age: number): number {
  if (age < 50) return 0.508;
  return 0.508 - ((Math.min(age, 95) - 50) / 45) * 0.18;
}

/** Sum of weights over ages from `from` to `to` inclusive. */
export function ageShare(weights: Float64Array, from: number, to: number): number {
  let share = 0;
  for (let age = from; age <= Math.min(to, ageCount - 1); age += 1) share += weights[age] ?? 0;
  return share;
}
