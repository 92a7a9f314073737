import type { MapLayer } from "./map-layers";
import { coreAreas } from "./render-lsoa-map";

export interface LayerSummary {
  /** The practice's figure for the whole list (a build indicator), in %. */
  practice: number | null;
  /** The same figure for the practice's ICB, in %. */
  icb: number | null;
  icbName: string | null;
}

/** Differences smaller than this many percentage points are read as "about the same" (no interval here). */
export const SIMILAR_WITHIN_POINTS = 0.5;

/**
 * The map title: what the chosen layer shows about where the practice's patients live, in a sentence.
 * The share layer counts how concentrated the list is; the deprivation and living-alone layers quote the
 * practice's own indicator (the profile's figure) against its ICB's.
 */
export function mapFinding(
  layer: MapLayer,
  practiceName: string,
  areas: readonly { patients: number }[],
  summary: LayerSummary | null,
): string {
  if (areas.length === 0) return `${practiceName} has no patients placed in a neighbourhood in this data`;
  if (layer.id === "share") {
    const half = coreAreas(areas, 0.5).length;
    return `Half of ${practiceName}'s patients live in ${half} of its ${areas.length} neighbourhoods (LSOAs)`;
  }
  const value = summary?.practice ?? null;
  const against =
    summary?.icb != null && summary.icbName ? { value: summary.icb, name: summary.icbName } : null;
  if (layer.id === "imd_decile") {
    if (value == null) return `Deprivation in the neighbourhoods where ${practiceName}'s patients live`;
    const share = Math.round(value);
    const subject =
      share === 0
        ? `None of ${practiceName}'s patients live`
        : share >= 50
          ? `Most of ${practiceName}'s patients (${share}%) live`
          : `${share}% of ${practiceName}'s patients live`;
    const tail = against ? `, against ${Math.round(against.value)}% across ${against.name}` : "";
    return `${subject} in England's most deprived fifth of neighbourhoods${tail}`;
  }
  if (value == null) return `Older people living alone where ${practiceName}'s patients live`;
  if (!against)
    return `${oneDecimal(value)}% of households where ${practiceName}'s patients live are one person aged 66 or over`;
  const difference = value - against.value;
  const comparison =
    Math.abs(difference) < SIMILAR_WITHIN_POINTS
      ? `about as many older people living alone as`
      : difference > 0
        ? `more older people living alone than`
        : `fewer older people living alone than`;
  return `${practiceName}'s patients live in neighbourhoods with ${comparison} ${against.name} as a whole: ${oneDecimal(value)}% of households against ${oneDecimal(against.value)}%`;
}

function oneDecimal(value: number): string {
  return value.toFixed(1);
}
