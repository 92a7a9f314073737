import { STANDARD_LEVELS } from "./confidence-level.ts";

/**
 * The result shape every method returns: a value with its 95% and 99.8% limits, the method that produced
 * them (for the figure's audit trail), and a note whenever something is undefined, saying why.
 */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export interface Estimate {
  readonly value: number | undefined;
  readonly lower95: number | undefined;
  readonly upper95: number | undefined;
  readonly lower998: number | undefined;
  readonly upper998: number | undefined;
  readonly method: string;
  readonly note?: string;
}

/** Limits at one confidence level, or undefined when they cannot be given (the caller's note says why). */
export type LimitsAt = (confidence: number) => Interval | undefined;

export function standardEstimate(
  value: number | undefined,
  limitsAt: LimitsAt,
  method: string,
  note?: string,
): Estimate {
  const [level95, level998] = STANDARD_LEVELS;
  const at95 = limitsAt(level95);
  const at998 = limitsAt(level998);
  return {
    value,
    lower95: at95?.lower,
    upper95: at95?.upper,
    lower998: at998?.lower,
    upper998: at998?.upper,
    method,
    ...(note === undefined ? {} : { note }),
  };
}

export function undefinedEstimate(method: string, note: string): Estimate {
  return standardEstimate(undefined, () => undefined, method, note);
}
