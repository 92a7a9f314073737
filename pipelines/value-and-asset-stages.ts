import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { type AssetStageResult, runAssetStage } from "./assets/asset-stage.ts";
import { attributionWarnings } from "./attribution/attribution-warnings.ts";
import type { RegisteredPatients } from "./attribution/registered-patients.ts";
import type { BuildProgress } from "./build-progress.ts";
import type { Shape } from "./geo/shape.ts";
import type { RecognisedInput } from "./importers/importer.ts";
import { deprivationIndicators } from "./indicators/deprivation-indicators.ts";
import { fillDeprivationValues } from "./indicators/fill-deprivation-values.ts";
import { fillFingertipsIndicators } from "./indicators/fill-fingertips-indicators.ts";
import { fillIndicators } from "./indicators/fill-indicators.ts";
import { fillLsoaValues } from "./indicators/fill-lsoa-values.ts";
import { fillPopulationIndicators } from "./indicators/fill-population-indicators.ts";
import type { IndicatorDefinition } from "./indicators/indicator-definition.ts";
import { fillPeerStats } from "./indicators/peer-stats.ts";
import { withPublishedEnglandImd } from "./indicators/published-england-imd.ts";
import {
  appendInequality,
  inequalityIndicatorIds,
  readInequalityGroups,
} from "./inequality/fill-inequality.ts";
import { startInequalityWorkers } from "./inequality/inequality-workers.ts";
import { withThreadsSharedByLanes } from "./sql/threads-shared-by-lanes.ts";

/**
 * Worker threads for the SII simulations. Two: the machine this is sized for has two cores, and the
 * simulations for the last strand to finish are then split between both.
 */
const INEQUALITY_THREADS = 2;

export type ValueAndAssetStages = {
  values: number;
  indicators: IndicatorDefinition[];
  warnings: string[];
  places: AssetStageResult;
};

type StageInputs = {
  instance: DuckDBInstance;
  /** The build's main connection: the temporary tables of earlier stages are on it. */
  db: DuckDBConnection;
  progress: BuildProgress;
  registered: { patients: RegisteredPatients; vintages: { notes: readonly string[] } };
  inputs: ReadonlyMap<number, RecognisedInput>;
  /** The LSOA boundary shapes the import kept, by code. */
  shapes: ReadonlyMap<string, Shape>;
};

/**
 * The build's "indicators" and "assets" stages, which need only the imports, the attribution and `areas`
 * and so run side by side (reported as two stages, the assets' time running alongside). Opens its own
 * connections on `instance`, closes them and its worker threads whatever fails. The strands fill the
 * cores, so DuckDB runs each of their statements on one thread until strands finish and hand their
 * threads on (threads-shared-by-lanes.ts): about 0.4 s less on an England build.
 */
export function runValueAndAssetStages(stage: StageInputs): Promise<ValueAndAssetStages> {
  return withThreadsSharedByLanes(stage.db, STRANDS, (strandFinished) => runStrands(stage, strandFinished));
}

/**
 * Strands sharing DuckDB's threads: the population strand, the Fingertips strand with the indicator work
 * after it, and the asset stage. The last one running (need against assets, as a rule) gets them all.
 */
const STRANDS = 3;

async function runStrands(
  { instance, db, progress, registered, inputs, shapes }: StageInputs,
  strandFinished: () => Promise<void>,
): Promise<ValueAndAssetStages> {
  const deprivation = deprivationIndicators({ registrationsPeriod: registered.patients.period });
  // Three strands run side by side, each on a connection of its own, as each is mostly one thread of
  // DuckDB or JavaScript: the deprivation and Fingertips values; the population values; and the
  // geography and asset placement. The SII simulations for each strand's indicators run on worker threads
  // as soon as its values are in. Need against assets, the one step reading every value, waits inside the
  // asset stage until the values and definitions are written.
  const populationDb = await instance.connect();
  const assetDb = await instance.connect();
  const inequalityWorkers = startInequalityWorkers(INEQUALITY_THREADS);
  const parallelStarted = performance.now();
  let indicatorsFinished = parallelStarted;
  progress.started("indicators", "deprivation scores and deciles, Fingertips indicators");
  const deprivationValues = fillDeprivationValues(db);
  const fingertipsStrand = (async () => {
    const values = await deprivationValues;
    await fillLsoaValues(db);
    const fingertips = await fillFingertipsIndicators(db);
    const groups = await readInequalityGroups(db, inequalityIndicatorIds(fingertips.definitions));
    return { values, fingertips, inequality: inequalityWorkers.rows(groups) };
  })();
  const populationStrand = (async () => {
    const population = await fillPopulationIndicators(populationDb, {
      registrationsPeriod: registered.patients.period,
    });
    // Practices are ranked by their IMD score, which the other strand writes first.
    await deprivationValues;
    const groups = await readInequalityGroups(populationDb, inequalityIndicatorIds(population.definitions));
    return { population, inequality: inequalityWorkers.rows(groups) };
  })();
  const definitionsWritten = (async () => {
    const [{ fingertips }, { population }] = await Promise.all([fingertipsStrand, populationStrand]);
    const indicators = [
      ...withPublishedEnglandImd(deprivation, fingertips.englandImd),
      ...population.definitions,
      ...fingertips.definitions,
    ];
    await fillIndicators(db, indicators);
    return indicators;
  })();
  const indicatorWork = (async () => {
    const indicators = await definitionsWritten;
    const [{ values, fingertips }, { population }] = await Promise.all([fingertipsStrand, populationStrand]);
    // The peer spreads read only the values, so they are worked out while the simulations finish.
    await fillPeerStats(db);
    const [fingertipsInequality, populationInequality] = await Promise.all([
      fingertipsStrand.then((strand) => strand.inequality),
      populationStrand.then((strand) => strand.inequality),
    ]);
    await appendInequality(db, {
      summaries: [...populationInequality.summaries, ...fingertipsInequality.summaries],
      quintiles: [...populationInequality.quintiles, ...fingertipsInequality.quintiles],
    });
    const englandImdPublished = fingertips.englandImd !== null;
    return {
      values: values + fingertips.values + population.values,
      indicators,
      warnings: [
        ...(await attributionWarnings(db, registered.patients, { englandImdPublished })),
        ...fingertips.warnings,
        ...population.warnings,
        ...registered.vintages.notes,
      ],
    };
  })().finally(() => {
    indicatorsFinished = performance.now();
  });
  const indicatorValues = definitionsWritten.then(() => undefined);
  // Awaited inside the asset stage; should that stage fail first, this rejection must not go unhandled.
  indicatorValues.catch(() => undefined);
  const assetWork = runAssetStage(assetDb, inputs, { shapes, indicatorValues });
  // Succeeding or failing, a finished strand's threads go to those still running (failures are reported
  // where the strands are awaited below).
  for (const strand of [populationStrand, indicatorWork, assetWork])
    strand.then(strandFinished, strandFinished).catch(() => undefined);
  let indicatorResult: Awaited<typeof indicatorWork>;
  let places: Awaited<typeof assetWork>;
  try {
    [indicatorResult, places] = await Promise.all([indicatorWork, assetWork]);
  } finally {
    // Every strand must have stopped before its connection closes, whichever failed.
    await Promise.allSettled([fingertipsStrand, populationStrand, indicatorWork, assetWork]);
    assetDb.closeSync();
    populationDb.closeSync();
    await inequalityWorkers.close();
  }
  const { values, warnings, indicators } = indicatorResult;
  progress.finished(
    "indicators",
    `${values.toLocaleString("en-GB")} indicator values`,
    indicatorsFinished - parallelStarted,
  );
  // Reported after the indicators, as the stages are listed; its time ran alongside theirs.
  progress.started("assets", "boundaries, community assets, need against assets");
  progress.finished(
    "assets",
    `${places.placed.toLocaleString("en-GB")} of ${places.assets.toLocaleString("en-GB")} assets placed, ${places.mapped.length.toLocaleString("en-GB")} LSOAs mapped`,
    performance.now() - parallelStarted,
  );
  return { values, indicators, warnings: [...warnings, ...places.warnings], places };
}
