import { z } from "zod";

export const POLARITIES = ["higher_is_worse", "higher_is_better", "none"] as const;

/** One row of the `indicators` table: what a figure means, where it comes from and how it was made. */
export const indicatorDefinitionSchema = z
  .object({
    indicator_id: z.string().regex(/^[a-z0-9_]+$/),
    name: z.string().min(1),
    short_name: z.string().min(1),
    theme: z.string().min(1),
    definition: z.string().min(1),
    numerator: z.string().min(1),
    denominator: z.string().min(1),
    unit: z.string().min(1),
    polarity: z.enum(POLARITIES),
    source: z.string().min(1),
    method: z.string().min(1),
    decimals: z.number().int().min(0).max(6),
  })
  .strict();

export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;
