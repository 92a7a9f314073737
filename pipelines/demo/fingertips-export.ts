import type { CsvRow } from "./writers/csv.ts";

/** Fingertips' names for the area types the demo writes (the PCN type carries its boundary version). */
export const areaTypes = {
  england: "England",
  icb: "ICBs",
  pcn: "PCNs (v. 26/04/24)",
  practice: "GPs",
} as const;

export const england = { code: "E92000001", name: "England" } as const;

/** The area cells of England's own row in every export. */
export const englandArea = {
  areaCode: england.code,
  areaName: england.name,
  areaType: areaTypes.england,
} as const;

/** One export row; cells left out are written empty, as Fingertips leaves them. Numbers come formatted. */
export interface FingertipsRow {
  readonly indicatorId: number;
  readonly indicatorName: string;
  readonly parent?: { readonly code: string; readonly name: string };
  readonly areaCode: string;
  readonly areaName: string;
  readonly areaType: string;
  readonly age: string;
  readonly period: string;
  readonly value: string;
  readonly lower95?: string;
  readonly upper95?: string;
  readonly lower998?: string;
  readonly upper998?: string;
  readonly count?: string;
  readonly denominator?: string;
  readonly recentTrend?: string;
  readonly comparedToEngland: string;
}

/** "2019/20" → "20190000"; "2019" → "20190000". */
function sortablePeriod(period: string): string {
  return `${period.slice(0, 4)}0000`;
}

export function fingertipsCells(row: FingertipsRow): CsvRow {
  return [
    String(row.indicatorId),
    row.indicatorName,
    row.parent?.code ?? "",
    row.parent?.name ?? "",
    row.areaCode,
    row.areaName,
    row.areaType,
    "Persons",
    row.age,
    "",
    "",
    row.period,
    row.value,
    row.lower95 ?? "",
    row.upper95 ?? "",
    row.lower998 ?? "",
    row.upper998 ?? "",
    row.count ?? "",
    row.denominator ?? "",
    "",
    row.recentTrend ?? "",
    row.comparedToEngland,
    "Not compared",
    sortablePeriod(row.period),
    "",
    "",
    "1y",
  ];
}
