import { normalQuantile } from "./normal-quantile.ts";

/**
 * Confidence levels. Fingertips shows 95% and 99.8% limits (roughly 2 and 3 standard deviations); every
 * method here accepts any two-sided level strictly between 0 and 1.
 */
export const STANDARD_LEVELS = [0.95, 0.998] as const;

export function assertConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be a proportion between 0 and 1 (e.g. 0.95), got ${confidence}`);
  }
}

/** z for a two-sided interval: the (1 + confidence)/2 quantile of the standard normal, as qnorm in R. */
export function twoSidedZ(confidence: number): number {
  assertConfidence(confidence);
  return normalQuantile((1 + confidence) / 2);
}

/** Column suffix for a level, following Fingertips' naming: 0.95 → "95", 0.998 → "998", 0.9 → "90". */
export function confidenceLabel(confidence: number): string {
  assertConfidence(confidence);
  return String(Number((confidence * 100).toPrecision(12))).replace(".", "");
}
