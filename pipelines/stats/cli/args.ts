import { parseArgs } from "node:util";
import type { FunnelStatistic, RateType, RatioType } from "../funnel-limits.ts";
import type { SiiValueType } from "../sii.ts";

/** The command line of `npm run stats`, checked; every mistake is a StatsUsageError with a one-line message. */
export const METHODS = ["proportion", "rate", "dsr", "isr", "mean", "sii", "funnel"] as const;
export type StatsMethod = (typeof METHODS)[number];

export class StatsUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StatsUsageError";
  }
}

export interface StatsOptions {
  readonly method: StatsMethod;
  readonly input: string;
  readonly output: string;
  readonly levels: readonly number[];
  readonly multiplier: number | undefined;
  readonly groupBy: readonly string[];
  readonly isrRate: boolean;
  readonly valueType: SiiValueType;
  readonly transform: boolean;
  readonly repetitions: number | undefined;
  readonly seed: number | undefined;
  readonly statistic: FunnelStatistic | undefined;
  readonly rateType: RateType;
  readonly ratioType: RatioType;
  readonly years: number;
  readonly lines: boolean;
}

const OPTIONS = {
  input: { type: "string" },
  output: { type: "string" },
  conf: { type: "string" },
  multiplier: { type: "string" },
  "group-by": { type: "string" },
  rate: { type: "boolean" },
  "value-type": { type: "string" },
  transform: { type: "boolean" },
  repetitions: { type: "string" },
  seed: { type: "string" },
  statistic: { type: "string" },
  "rate-type": { type: "string" },
  "ratio-type": { type: "string" },
  years: { type: "string" },
  lines: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Options that only some methods read; giving them to another method is a mistake worth reporting. */
const ONLY_FOR: Partial<Record<keyof typeof OPTIONS, readonly StatsMethod[]>> = {
  conf: ["proportion", "rate", "dsr", "isr", "mean", "sii"],
  multiplier: ["proportion", "rate", "dsr", "isr", "sii", "funnel"],
  rate: ["isr"],
  "value-type": ["sii"],
  transform: ["sii"],
  repetitions: ["sii"],
  seed: ["sii"],
  statistic: ["funnel"],
  "rate-type": ["funnel"],
  "ratio-type": ["funnel"],
  years: ["funnel"],
  lines: ["funnel"],
};

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new StatsUsageError(`--${name} must be one of ${allowed.join(", ")}; found "${value}".`);
}

function numberOption(
  name: string,
  value: string | undefined,
  rule: { min: number; whole?: boolean },
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (
    value.trim() === "" ||
    !Number.isFinite(number) ||
    number < rule.min ||
    (rule.whole && !Number.isInteger(number))
  ) {
    const kind = rule.whole ? "a whole number" : "a number";
    throw new StatsUsageError(`--${name} must be ${kind} of at least ${rule.min}; found "${value}".`);
  }
  return number;
}

/** Positive for every method; the SII also takes a negative one, which reverses its polarity (phe_sii). */
function parseMultiplier(value: string | undefined, method: StatsMethod): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  const allowed = method === "sii" ? number !== 0 : number > 0;
  if (value.trim() === "" || !Number.isFinite(number) || !allowed) {
    const rule =
      method === "sii" ? "a number other than 0 (negative to reverse polarity)" : "a number above 0";
    throw new StatsUsageError(`--multiplier must be ${rule}; found "${value}".`);
  }
  return number;
}

/** "0.95,0.998" or "95,99.8" → [0.95, 0.998]. */
function parseLevels(value: string | undefined): number[] {
  if (value === undefined) return [0.95, 0.998];
  const levels = value.split(",").map((part) => {
    const number = Number(part.trim());
    const level = number > 1 ? number / 100 : number;
    if (part.trim() === "" || !(level > 0 && level < 1)) {
      throw new StatsUsageError(
        `--conf takes levels such as 0.95,0.998 (or 95,99.8); "${part.trim()}" is not one.`,
      );
    }
    return level;
  });
  if (new Set(levels).size !== levels.length)
    throw new StatsUsageError(`--conf lists a level twice: "${value}".`);
  return levels;
}

/** Parses argv (without node and the script); returns "help" when help was asked for. */
export function parseStatsArgs(argv: readonly string[]): StatsOptions | "help" {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new StatsUsageError(`${(error as Error).message.split("\n")[0]}. Run with --help for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const [method, ...extra] = positionals;
  if (method === undefined)
    throw new StatsUsageError(`name a method first: ${METHODS.join(", ")}. Run with --help for usage.`);
  if (!(METHODS as readonly string[]).includes(method)) {
    throw new StatsUsageError(
      `unknown method "${method}"; expected one of ${METHODS.join(", ")}. Run with --help for usage.`,
    );
  }
  if (extra.length > 0)
    throw new StatsUsageError(`unexpected argument "${extra[0]}"; give options as --name value.`);
  const statsMethod = method as StatsMethod;
  for (const [option, methods] of Object.entries(ONLY_FOR)) {
    if (values[option as keyof typeof values] !== undefined && !methods.includes(statsMethod)) {
      throw new StatsUsageError(
        `--${option} does not apply to ${statsMethod}; it is read by ${methods.join(", ")}.`,
      );
    }
  }
  if (values.input === undefined) throw new StatsUsageError("--input FILE is required: the CSV to read.");
  if (values.output === undefined)
    throw new StatsUsageError("--output FILE is required: where to write the CSV.");
  const statistic =
    values.statistic === undefined
      ? undefined
      : oneOf("statistic", values.statistic, ["proportion", "ratio", "rate"], "proportion");
  if (statsMethod === "funnel" && statistic === undefined) {
    throw new StatsUsageError("funnel needs --statistic proportion, ratio or rate.");
  }
  const valueType = oneOf("value-type", values["value-type"], ["normal", "rate", "proportion"], "normal");
  if (values.transform && valueType === "normal") {
    throw new StatsUsageError("--transform needs --value-type rate or proportion.");
  }
  return {
    method: statsMethod,
    input: values.input,
    output: values.output,
    levels: parseLevels(values.conf),
    multiplier: parseMultiplier(values.multiplier, statsMethod),
    groupBy:
      values["group-by"] === undefined ? [] : values["group-by"].split(",").map((column) => column.trim()),
    isrRate: values.rate ?? false,
    valueType,
    transform: values.transform ?? false,
    repetitions: numberOption("repetitions", values.repetitions, { min: 1000, whole: true }),
    seed: numberOption("seed", values.seed, { min: 0, whole: true }),
    statistic,
    rateType: oneOf("rate-type", values["rate-type"], ["crude", "dsr"], "crude"),
    ratioType: oneOf("ratio-type", values["ratio-type"], ["count", "isr"], "count"),
    years: numberOption("years", values.years, { min: 1 }) ?? 1,
    lines: values.lines ?? false,
  };
}
