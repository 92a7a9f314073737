import type { DuckDBConnection } from "@duckdb/node-api";
import { type BoundarySet, boundarySetFrom, readStagedBoundaries } from "../geo/boundary-set.ts";
import { checkBoundaryCoverage } from "../geo/check-boundary-coverage.ts";
import { fillLsoaGeo, mappedLsoas } from "../geo/fill-lsoa-geo.ts";
import type { Shape } from "../geo/shape.ts";
import { prepareBrowserBoundaries } from "../geo/write-browser-boundaries.ts";
import type { RecognisedInput } from "../importers/importer.ts";
import { fillAssets } from "./fill-assets.ts";
import { fillNeedAssets } from "./fill-need-assets.ts";
import { fillPracticeLocations } from "./fill-practice-locations.ts";
import { fillSupply } from "./fill-supply.ts";
import { fillThemes } from "./fill-themes.ts";

export type AssetStageResult = {
  /** The boundaries read, and which of them (indices) the browser map gets; null without boundaries. */
  boundaries: BoundarySet | null;
  mapped: readonly number[];
  assets: number;
  placed: number;
  needRows: number;
  /** Report notes for asset, practice-list and boundary files, by file id. */
  notes: Map<number, string[]>;
  warnings: string[];
};

/**
 * The geography and asset stage: checks the boundaries cover the practices' patients, places assets and
 * practices in LSOAs, gives assets their themes, and measures supply and need against assets per practice.
 * Needs the imports, attribution and `areas`; the build runs it beside the indicator stage, on a
 * connection of its own, and `indicatorValues` settles when the values the need side ranks are written
 * (it resolves at once when not given, for a caller that has already filled them).
 */
export async function runAssetStage(
  db: DuckDBConnection,
  inputs: ReadonlyMap<number, RecognisedInput>,
  {
    shapes,
    indicatorValues = Promise.resolve(),
  }: {
    /** The boundary shapes the import kept (ImportResult.shapes), by LSOA code. */
    shapes: ReadonlyMap<string, Shape>;
    indicatorValues?: Promise<void>;
  },
): Promise<AssetStageResult> {
  const staged = await readStagedBoundaries(db);
  // DuckDB checks the boundaries' coverage while this thread builds their locator.
  const coverage =
    staged === null
      ? Promise.resolve([])
      : checkBoundaryCoverage(db, staged, inputs, inputs.get(staged.sourceFile)?.path ?? "the boundary file");
  // (Awaited below; should building throw first, the check's own failure must not go unhandled.)
  coverage.catch(() => undefined);
  const boundaries = staged === null ? null : boundarySetFrom(staged, shapes);
  const warnings = [...(await coverage)];
  await fillThemes(db);
  const assets = await fillAssets(db, boundaries, inputs);
  const practiceNotes = await fillPracticeLocations(db, boundaries, inputs);
  const mapped = boundaries === null ? [] : await mappedLsoas(db, boundaries);
  if (boundaries !== null) await fillLsoaGeo(db, boundaries, mapped);
  // While DuckDB shares the assets among practices, this thread gets the map's boundaries ready for the
  // write stage (write-browser-boundaries.ts), which then only has to save them.
  const supplyRows = await fillSupply(db, () => {
    if (boundaries !== null) prepareBrowserBoundaries(boundaries, mapped);
  });
  await indicatorValues;
  const needRows = await fillNeedAssets(db);
  if (assets.assets > 0 && supplyRows === 0) {
    warnings.push(
      "no practice-by-LSOA registrations, so no practice catchments: assets are placed and themed, but supply per practice and need against assets are not computed",
    );
  }
  if (assets.assets > 0 && boundaries === null) {
    warnings.push(
      "no LSOA boundaries were given: assets with coordinates only cannot be placed, and there is no map",
    );
  }
  return {
    boundaries,
    mapped,
    assets: assets.assets,
    placed: assets.placed,
    needRows,
    notes: new Map([...assets.notes, ...practiceNotes]),
    warnings: [...warnings, ...assets.warnings],
  };
}
