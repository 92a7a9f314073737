import { formatDecimal } from "~/utils/format";
import { formatPercent, type MapLayer } from "./map-layers";

/**
 * ColorBrewer YlGnBu, 5 classes (Brewer, colorbrewer2.org): sequential, colour-blind safe and legible in
 * greyscale, lightness falling steadily from pale yellow to dark blue. Areas are outlined in dark grey, so
 * even the palest class stands out from the white page (WCAG 1.4.11), and the table carries every value.
 */
export const SEQUENTIAL_PALETTE = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"] as const;

export interface ColourClass {
  colour: string;
  label: string;
  /** How many of the catchment's areas fall in the class. */
  areas: number;
}

export interface ColourScale {
  classes: ColourClass[];
  /** Index into `classes`, or null for no data. */
  classOf: (value: number | null | undefined) => number | null;
}

/**
 * Quantile breaks (type 7, as R and d3 compute them) for `count` classes, each rounded to two significant
 * figures so the legend reads "0.25% to under 0.5%" rather than "0.2487…"; classes are then cut at the
 * rounded values, so what the legend says is exactly what the map shows. Repeated breaks (many equal values)
 * merge classes rather than leave empty ones.
 */
export function quantileBreaks(values: readonly number[], count = SEQUENTIAL_PALETTE.length): number[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted.at(-1);
  if (min === undefined || max === undefined || min === max) return [];
  const breaks: number[] = [];
  for (let i = 1; i < count; i++) {
    const rounded = roundSignificant(quantileSorted(sorted, i / count), 2);
    if (rounded > min && rounded <= max && rounded > (breaks.at(-1) ?? Number.NEGATIVE_INFINITY))
      breaks.push(rounded);
  }
  return breaks;
}

export function quantileSorted(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

export function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return Math.round(value * magnitude) / magnitude;
}

/** The colour scale for a layer over the catchment's values (the share, or the LSOA measure). */
export function colourScale(layer: MapLayer, values: readonly (number | null)[]): ColourScale {
  return layer.classing === "imd-fifths" ? imdFifthsScale(values) : quantileScale(values);
}

/**
 * IMD deciles in pairs: deciles 1–2 are England's most deprived fifth of LSOAs (the NHS's Core20), drawn
 * darkest. Fixed classes, so two practices' maps can be compared by eye.
 */
function imdFifthsScale(values: readonly (number | null)[]): ColourScale {
  const labels = [
    "Deciles 1–2 (most deprived fifth)",
    "Deciles 3–4",
    "Deciles 5–6",
    "Deciles 7–8",
    "Deciles 9–10 (least deprived fifth)",
  ];
  const classOf = (value: number | null | undefined) =>
    value == null || value < 1 || value > 10 ? null : Math.floor((Math.round(value) - 1) / 2);
  return {
    classOf,
    classes: labels.map((label, index) => ({
      label,
      // Most deprived darkest: the palette runs light to dark.
      colour: SEQUENTIAL_PALETTE[SEQUENTIAL_PALETTE.length - 1 - index] ?? "#ffffff",
      areas: values.filter((value) => classOf(value) === index).length,
    })),
  };
}

function quantileScale(values: readonly (number | null)[]): ColourScale {
  const present = values.filter((value): value is number => value != null);
  const breaks = quantileBreaks(present);
  const classOf = (value: number | null | undefined) => {
    if (value == null) return null;
    const index = breaks.findIndex((cut) => value < cut);
    return index === -1 ? breaks.length : index;
  };
  // Fewer classes than colours (few distinct values) still run from light to dark.
  const colourFor = (index: number) =>
    SEQUENTIAL_PALETTE[
      breaks.length === 0
        ? SEQUENTIAL_PALETTE.length - 1
        : Math.round((index * (SEQUENTIAL_PALETTE.length - 1)) / breaks.length)
    ] ?? "#ffffff";
  const format = (value: number) => `${formatBreak(value)}%`;
  const labels =
    breaks.length === 0
      ? present.length === 0
        ? []
        : [`All ${formatPercent(present[0] ?? 0)}%`]
      : [
          `Under ${format(breaks[0] ?? 0)}`,
          ...breaks.slice(1).map((cut, i) => `${format(breaks[i] ?? 0)} to under ${format(cut)}`),
          `${format(breaks.at(-1) ?? 0)} or more`,
        ];
  return {
    classOf,
    classes: labels.map((label, index) => ({
      label,
      colour: colourFor(index),
      areas: present.filter((value) => classOf(value) === index).length,
    })),
  };
}

/**
 * A break as rounded (two significant figures), with at least one decimal: 0.013, 0.25, 1.2, 12.0. Shares
 * under a millionth of a per cent do not occur (an LSOA holds whole patients), so six decimals is the most.
 */
export function formatBreak(value: number): string {
  const decimals = value === 0 ? 1 : Math.min(6, Math.max(1, 1 - Math.floor(Math.log10(Math.abs(value)))));
  return formatDecimal(value, decimals);
}
