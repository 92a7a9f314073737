import { z } from "zod";

/** The areas a practice can be compared with, as Fingertips offers them. */
export const COMPARATORS = ["england", "icb", "pcn"] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const comparatorSchema = z.enum(COMPARATORS).default("england").catch("england");

export const comparatorLabels: Record<Comparator, string> = {
  england: "England",
  icb: "ICB",
  pcn: "PCN",
};

/** The pipeline's precomputed comparison column for each comparator (95% limits against its value). */
export const comparisonColumn: Record<Comparator, string> = {
  england: "compared_to_england",
  icb: "compared_to_icb",
  pcn: "compared_to_pcn",
};

/** Significance words the pipeline writes (OHID's Fingertips vocabulary). */
export const SIGNIFICANCE = ["better", "similar", "worse", "higher", "lower", "not compared"] as const;
export type Significance = (typeof SIGNIFICANCE)[number];
export const significanceSchema = z
  .string()
  .nullable()
  .transform((value): Significance | null =>
    value && (SIGNIFICANCE as readonly string[]).includes(value) ? (value as Significance) : null,
  );
