import type { CsvRow } from "./writers/csv.ts";

/** The 27 columns of an OHID Fingertips "Export data" CSV, in order. */
export const fingertipsExportHeader = [
  "Indicator ID",
  "Indicator Name",
  "Parent Code",
  "Parent Name",
  "Area Code",
  "Area Name",
  "Area Type",
  "Sex",
  "Age",
  "Category Type",
  "Category",
  "Time period",
  "Value",
  "Lower CI 95.0 limit",
  "Upper CI 95.0 limit",
  "Lower CI 99.8 limit",
  "Upper CI 99.8 limit",
  "Count",
  "Denominator",
  "Value note",
  "Recent Trend",
  "Compared to England value or percentiles",
  "Column not used",
  "Time period Sortable",
  "New data",
  "Compared to goal",
  "Time period range",
] as const;

/** Fingertips' names for the area types the demo writes (the PCN type carries its boundary version). */
export const areaTypes = {
  england: "England",
  icb: "ICBs",
  pcn: "PCNs (v. 26/04/24)",
  practice: "GPs",
} as const;

export const england = { code: "E92000001", name: "England" } as const;

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
