import { basename } from "node:path";
import type { FingertipsUsage } from "./fill-fingertips-values.ts";
import { catalogueEntry } from "./fingertips-catalogue.ts";
import type { FingertipsIndicator } from "./fingertips-indicator-map.ts";
import { COMPARISON_LEVEL } from "./fingertips-statistics.ts";
import { type IndicatorDefinition, indicatorDefinitionSchema } from "./indicator-definition.ts";

const LEVEL = `${COMPARISON_LEVEL * 100}%`;

const COMPARISONS = `compared_to_england, compared_to_icb and compared_to_pcn use Fingertips' overlapping-interval test at ${LEVEL}: similar when the comparator's value (same period) lies within the area's ${LEVEL} limits, ends included; otherwise better or worse by the indicator's polarity, or higher or lower where it has none. Practices are compared with England, their ICB and their PCN; PCNs with England and their ICB; ICBs with England.`;

const DECILES =
  "decile (practices): PHEindicatormethods' quantile rule among the practices of this build in the same period, decile 1 = the highest values; national deciles only when the build covers England.";

const PROPORTION_METHOD = [
  "Practice rows are Fingertips' published Count, Denominator, Value and confidence limits, unchanged. A limit Fingertips left empty is the Wilson score limit (OHID's method for proportions) × 100 from Count and Denominator.",
  "PCN and ICB values are Fingertips' own rows where the export has them; otherwise Σ practice counts / Σ practice denominators × 100 over the build's practices with both in that period, with Wilson limits.",
  "England is the export's England row, never a sum of this build's practices; a period without one has no England value.",
  COMPARISONS,
  "trend (on each area's latest period): Fingertips' recent trend, the χ² test for trend in proportions over the latest five consecutive periods, significant at 99.8% and robust to leaving out any one point.",
  DECILES,
].join(" ");

const PUBLISHED_METHOD = [
  "Values and confidence limits are Fingertips' published figures, unchanged; no limit is computed, and PCN and ICB values appear only where the export has them (a sum of scores or ratios is not the area's value).",
  "England is the export's England row.",
  `Comparisons and trend only where ${LEVEL} limits are published: ${COMPARISONS}`,
  `trend (on each area's latest period): Fingertips' recent trend by weighted regression on the ${LEVEL} limits over the latest five consecutive periods, significant at 99.8%.`,
  DECILES,
].join(" ");

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** What this build did, so each indicator's method says which PCN and ICB figures are Fingertips' own. */
function inThisBuild(indicator: FingertipsIndicator, usage: FingertipsUsage | undefined): string {
  if (usage === undefined) return "";
  const level = (name: string, published: number, summed: number) =>
    indicator.kind === "proportion"
      ? `${name} values: ${plural(published, "area-period")} published by Fingertips, ${summed} summed from practices`
      : `${name} values: ${plural(published, "area-period")} published by Fingertips`;
  const england =
    usage.periodsWithoutEngland.length > 0
      ? `; no England row for ${usage.periodsWithoutEngland.join(", ")}`
      : "";
  return ` In this build: ${level("PCN", usage.pcnPublished, usage.pcnSummed)}; ${level("ICB", usage.icbPublished, usage.icbSummed)}${england}.`;
}

function source(indicator: FingertipsIndicator): string {
  const name = indicator.nameInFile === null ? "" : ` "${indicator.nameInFile}"`;
  const periods =
    indicator.periods.length === 0
      ? ""
      : `, periods ${indicator.periods[0]}${indicator.periods.length > 1 ? ` to ${indicator.periods[indicator.periods.length - 1]}` : ""}`;
  return `OHID Fingertips indicator ${indicator.fingertipsId}${name}, data export ${indicator.files.map((file) => basename(file)).join(", ")}${periods}`;
}

/** The `indicators` rows for the Fingertips indicators of a build. */
export function fingertipsDefinitions(
  indicators: readonly FingertipsIndicator[],
  usage: ReadonlyMap<string, FingertipsUsage>,
): IndicatorDefinition[] {
  return indicators.map((indicator) => {
    const known = catalogueEntry(indicator.fingertipsId);
    const method = `${indicator.kind === "proportion" ? PROPORTION_METHOD : PUBLISHED_METHOD}${inThisBuild(indicator, usage.get(indicator.indicatorId))}`;
    const name = indicator.nameInFile ?? `Fingertips indicator ${indicator.fingertipsId}`;
    const definition: IndicatorDefinition = known
      ? { ...known.definition, source: source(indicator), method }
      : {
          indicator_id: indicator.indicatorId,
          name,
          short_name: name.length > 40 ? `${name.slice(0, 39)}…` : name,
          theme: "other",
          definition: `As defined by OHID for Fingertips indicator ${indicator.fingertipsId}; this product has no definition of its own (see the indicator's metadata on fingertips.phe.org.uk).`,
          numerator: "Count, as published",
          denominator: "Denominator, as published",
          unit: indicator.kind === "proportion" ? "%" : "value",
          polarity: "none",
          source: source(indicator),
          method: `${method} No polarity is known here, so comparisons read higher/similar/lower.`,
          decimals: 1,
        };
    return indicatorDefinitionSchema.parse(definition);
  });
}
