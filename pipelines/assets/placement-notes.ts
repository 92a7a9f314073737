import type { RecognisedInput } from "../importers/importer.ts";
import { locateCsvLine } from "../importers/locate-csv-line.ts";
import {
  type Placement,
  type PlacementMethod,
  UNPLACED_REASONS,
  type UnplacedReason,
} from "./place-asset.ts";

/** One placed (or unplaced) asset or practice, with where it came from, for the report. */
export type PlacedRecord = {
  fileId: number;
  /** 0-based data row (CSV) or item (JSON feature or service). */
  sourceRow: number;
  json: boolean;
  name: string;
  placement: Placement;
};

/** Unplaced items listed by name in each file's notes; the rest are counted (the table lists them all). */
const LISTED_PER_FILE = 10;

const METHODS: Record<PlacementMethod, string> = {
  coordinates: "by coordinates",
  postcode: "by postcode",
  lsoa_code: "by LSOA code",
};

export function describeUnplaced(placement: Placement): string {
  return placement.detail ?? (placement.reason === null ? "" : UNPLACED_REASONS[placement.reason]);
}

/**
 * The report's notes for each file: how many of its items were placed and how, how many were not and why,
 * and the first few unplaced ones by line (CSV) or item number (JSON) and name.
 */
export async function placementNotes(
  records: readonly PlacedRecord[],
  inputs: ReadonlyMap<number, RecognisedInput>,
  noun: string,
  table = noun,
): Promise<Map<number, string[]>> {
  const byFile = new Map<number, PlacedRecord[]>();
  for (const record of records) {
    const items = byFile.get(record.fileId);
    if (items === undefined) byFile.set(record.fileId, [record]);
    else items.push(record);
  }
  const notes = new Map<number, string[]>();
  for (const [fileId, items] of byFile) {
    const placed = items.filter((item) => item.placement.method !== null);
    const methods = countBy(placed, (item) => METHODS[item.placement.method as PlacementMethod]);
    const unplaced = items.filter((item) => item.placement.method === null);
    const reasons = countBy(unplaced, (item) => UNPLACED_REASONS[item.placement.reason as UnplacedReason]);
    const lines = [
      `placed ${placed.length} of ${items.length} ${noun} in an LSOA${methods.length > 0 ? ` (${methods.join(", ")})` : ""}${
        unplaced.length > 0 ? `; not placed: ${reasons.join(", ")}` : ""
      }`,
    ];
    const path = inputs.get(fileId)?.path;
    for (const item of unplaced.slice(0, LISTED_PER_FILE)) {
      const where =
        item.json || path === undefined
          ? `item ${item.sourceRow + 1}`
          : `line ${(await locateCsvLine(path, { dataRow: item.sourceRow })) ?? item.sourceRow + 2}`;
      lines.push(`not placed, ${where}: ${item.name} — ${describeUnplaced(item.placement)}`);
    }
    if (unplaced.length > LISTED_PER_FILE) {
      lines.push(
        `… and ${unplaced.length - LISTED_PER_FILE} more not placed, all listed with the reason in ${table}.parquet (placement "unplaced")`,
      );
    }
    notes.set(fileId, lines);
  }
  return notes;
}

/** "12 by postcode, 3 by coordinates": counts of each label, largest first, ties in label order. */
function countBy<T>(items: readonly T[], label: (item: T) => string): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(label(item), (counts.get(label(item)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([text, count]) => `${count} ${text}`);
}
