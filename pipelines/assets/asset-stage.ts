import type { DuckDBConnection } from "@duckdb/node-api";
import { type BoundarySet, readBoundarySet, writeBoundaryLsoas } from "../geo/boundary-set.ts";
import { checkBoundaryCoverage } from "../geo/check-boundary-coverage.ts";
import { fillLsoaGeo, mappedLsoas } from "../geo/fill-lsoa-geo.ts";
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
 * Runs after the indicators, whose values the need side ranks.
 */
export async function runAssetStage(
  db: DuckDBConnection,
  inputs: ReadonlyMap<number, RecognisedInput>,
): Promise<AssetStageResult> {
  const boundaries = await readBoundarySet(db);
  await writeBoundaryLsoas(db, boundaries);
  const warnings: string[] = [];
  if (boundaries !== null) {
    const boundaryFile = inputs.get(boundaries.sourceFile)?.path ?? "the boundary file";
    warnings.push(...(await checkBoundaryCoverage(db, boundaries, inputs, boundaryFile)));
  }
  await fillThemes(db);
  const assets = await fillAssets(db, boundaries, inputs);
  const practiceNotes = await fillPracticeLocations(db, boundaries, inputs);
  const mapped = boundaries === null ? [] : await mappedLsoas(db, boundaries);
  if (boundaries !== null) await fillLsoaGeo(db, boundaries, mapped);
  const supply = await fillSupply(db);
  const needRows = await fillNeedAssets(db, supply);
  if (assets.assets > 0 && supply.length === 0) {
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
