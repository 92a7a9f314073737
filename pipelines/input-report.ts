import type { DiscoveredFile, RecognisedFile } from "./discovery/discover-inputs.ts";
import type { ImportResult } from "./importers/importer.ts";

/** One line of the end-of-run report, and of the manifest's inputs / ignored lists. */
export type InputReport =
  | {
      file: string;
      status: "imported";
      kind: string;
      title: string;
      rows: number;
      periods: readonly string[];
      byMapping: boolean;
      notes?: readonly string[];
    }
  | { file: string; status: "ignored"; reason: string };

/** Imported files first, in the order they were read, then ignored ones with their reasons. */
export function inputReports(
  discovered: readonly DiscoveredFile[],
  imported: readonly ImportResult[],
): InputReport[] {
  const recognised = discovered.filter((file): file is RecognisedFile => file.status === "recognised");
  return [
    ...recognised.map(
      (file, index): InputReport => ({
        file: file.input.path,
        status: "imported",
        kind: file.importer.kind,
        title: file.importer.title,
        rows: imported[index]?.rows ?? 0,
        periods: imported[index]?.periods ?? [],
        byMapping: file.byMapping,
        ...(imported[index]?.notes?.length ? { notes: imported[index]?.notes } : {}),
      }),
    ),
    ...discovered.flatMap((file): InputReport[] =>
      file.status === "ignored" ? [{ file: file.path, status: "ignored", reason: file.reason }] : [],
    ),
  ];
}
