import type { PracticeAgeSexRow } from "~/data/queries/practice-age-sex";

export interface PyramidBand {
  ageBand: string;
  ageStart: number;
  /** Percentage of each area's whole list, by sex. */
  practice: { male: number; female: number };
  pcn: { male: number; female: number } | null;
  /** The wider comparator: England when the build's England is England's, otherwise the ICB. */
  wider: { male: number; female: number } | null;
}

export interface Pyramid {
  bands: PyramidBand[];
  practiceName: string;
  pcnName: string | null;
  widerName: string | null;
  /** Which area `wider` is, for column headings and CSV keys. */
  widerKind: "england" | "icb" | null;
  /** Share of each list aged 65 and over, for the title's finding. */
  aged65Plus: { practice: number; pcn: number | null; wider: number | null };
  maxShare: number;
}

/**
 * Bands youngest first, each with the practice's, PCN's and the wider comparator's shares side by side.
 * The wider comparator is England when the rows hold England (the query asks for it only when the build's
 * single-age file is national), otherwise the ICB.
 */
export function preparePyramid(allRows: PracticeAgeSexRow[]): Pyramid | null {
  const practiceRows = allRows.filter((row) => row.area_type === "practice");
  if (practiceRows.length === 0) return null;
  const widerKind = allRows.some((row) => row.area_type === "england")
    ? "england"
    : allRows.some((row) => row.area_type === "icb")
      ? "icb"
      : null;
  const rows = allRows.filter(
    (row) => row.area_type === "practice" || row.area_type === "pcn" || row.area_type === widerKind,
  );
  const slotOf = (type: PracticeAgeSexRow["area_type"]) => (type === "pcn" ? "pcn" : "wider");
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
        wider: null,
      };
      byBand.set(row.age_band, band);
    }
    const name = slotOf(row.area_type);
    if (row.area_type !== "practice" && !band[name]) band[name] = { male: 0, female: 0 };
    const slot = row.area_type === "practice" ? band.practice : band[name];
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
      [band.practice, band.pcn, band.wider].flatMap((slot) => (slot ? [slot.male, slot.female] : [])),
    ),
  );
  return {
    bands,
    practiceName: nameOf("practice") ?? "",
    pcnName: nameOf("pcn"),
    widerName: widerKind === null ? null : nameOf(widerKind),
    widerKind,
    aged65Plus: {
      practice: over65((b) => b.practice) ?? 0,
      pcn: over65((b) => b.pcn),
      wider: over65((b) => b.wider),
    },
    maxShare,
  };
}

/**
 * "Older than England (or its ICB): 24% aged 65 and over, against 18%", or younger, or similar within a
 * point.
 */
export function pyramidFinding(pyramid: Pyramid): string {
  const { practice, wider, pcn } = pyramid.aged65Plus;
  const [comparatorName, comparator] = wider != null ? [pyramid.widerName, wider] : [pyramid.pcnName, pcn];
  const own = `${Math.round(practice)}% of ${pyramid.practiceName}'s patients are aged 65 and over`;
  if (comparator == null || !comparatorName) return own;
  const difference = practice - comparator;
  const against = `${Math.round(comparator)}% in ${comparatorName}`;
  if (Math.abs(difference) < 1) return `${own}, similar to ${against}`;
  return `${pyramid.practiceName} has ${difference > 0 ? "an older" : "a younger"} list: ${Math.round(practice)}% aged 65 and over, against ${against}`;
}
