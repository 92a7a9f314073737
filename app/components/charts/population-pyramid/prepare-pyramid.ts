import type { PracticeAgeSexRow } from "~/data/queries/practice-age-sex";

export interface PyramidBand {
  ageBand: string;
  ageStart: number;
  /** Percentage of each area's whole list, by sex. */
  practice: { male: number; female: number };
  pcn: { male: number; female: number } | null;
  icb: { male: number; female: number } | null;
}

export interface Pyramid {
  bands: PyramidBand[];
  practiceName: string;
  pcnName: string | null;
  icbName: string | null;
  /** Share of each list aged 65 and over, for the title's finding. */
  aged65Plus: { practice: number; pcn: number | null; icb: number | null };
  maxShare: number;
}

/** Bands youngest first, each with the practice's, PCN's and ICB's shares side by side. */
export function preparePyramid(rows: PracticeAgeSexRow[]): Pyramid | null {
  const practiceRows = rows.filter((row) => row.area_type === "practice");
  if (practiceRows.length === 0) return null;
  const byBand = new Map<string, PyramidBand>();
  const nameOf = (type: PracticeAgeSexRow["area_type"]) =>
    rows.find((row) => row.area_type === type)?.area_name ?? null;
  for (const row of rows) {
    let band = byBand.get(row.age_band);
    if (!band) {
      band = {
        ageBand: row.age_band,
        ageStart: row.age_start,
        practice: { male: 0, female: 0 },
        pcn: null,
        icb: null,
      };
      byBand.set(row.age_band, band);
    }
    if (row.area_type !== "practice" && !band[row.area_type]) band[row.area_type] = { male: 0, female: 0 };
    const slot = row.area_type === "practice" ? band.practice : band[row.area_type];
    if (slot) slot[row.sex] = row.share;
  }
  const bands = [...byBand.values()].sort((a, b) => a.ageStart - b.ageStart);
  const over65 = (pick: (band: PyramidBand) => { male: number; female: number } | null) => {
    if (!bands.some((band) => pick(band))) return null;
    return bands
      .filter((band) => band.ageStart >= 65)
      .reduce((sum, band) => sum + (pick(band)?.male ?? 0) + (pick(band)?.female ?? 0), 0);
  };
  const maxShare = Math.max(
    ...bands.flatMap((band) =>
      [band.practice, band.pcn, band.icb].flatMap((slot) => (slot ? [slot.male, slot.female] : [])),
    ),
  );
  return {
    bands,
    practiceName: nameOf("practice") ?? "",
    pcnName: nameOf("pcn"),
    icbName: nameOf("icb"),
    aged65Plus: {
      practice: over65((b) => b.practice) ?? 0,
      pcn: over65((b) => b.pcn),
      icb: over65((b) => b.icb),
    },
    maxShare,
  };
}

/** "Older than its ICB: 24% aged 65 and over, against 18%", or younger, or similar within a point. */
export function pyramidFinding(pyramid: Pyramid): string {
  const { practice, icb, pcn } = pyramid.aged65Plus;
  const [comparatorName, comparator] = icb != null ? [pyramid.icbName, icb] : [pyramid.pcnName, pcn];
  const own = `${Math.round(practice)}% of ${pyramid.practiceName}'s patients are aged 65 and over`;
  if (comparator == null || !comparatorName) return own;
  const difference = practice - comparator;
  const against = `${Math.round(comparator)}% in ${comparatorName}`;
  if (Math.abs(difference) < 1) return `${own}, similar to ${against}`;
  return `${pyramid.practiceName} has ${difference > 0 ? "an older" : "a younger"} list: ${Math.round(practice)}% aged 65 and over, against ${against}`;
}
