import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDemoBuild } from "../../tests/setup/demo-data";
import { openWasmEngine } from "../../tests/setup/wasm-node-engine";
import { openNodeEngine } from "./engine.server";
import { assetThemeListQuery } from "./queries/asset-theme-list";
import { icbInequalityQuery } from "./queries/icb-inequality";
import { icbListQuery } from "./queries/icb-list";
import { indicatorCatalogueQuery } from "./queries/indicator-catalogue";
import { indicatorListQuery } from "./queries/indicator-list";
import { indicatorTrendsQuery } from "./queries/indicator-trends";
import { mapAssetsQuery } from "./queries/map-assets";
import { mapCatchmentQuery } from "./queries/map-catchment";
import { mapComparisonQuery } from "./queries/map-comparison";
import { mapLsoaValuesQuery } from "./queries/map-lsoa-values";
import { mapPracticeLocationQuery } from "./queries/map-practice-location";
import {
  catchmentAssetsQuery,
  needAssetsQuery,
  needEvidenceQuery,
  pcnNeedSummaryQuery,
} from "./queries/need-assets";
import { pcnListQuery } from "./queries/pcn-list";
import { pcnOverviewQuery } from "./queries/pcn-overview";
import { pcnSummaryQuery } from "./queries/pcn-summary";
import { periodListQuery } from "./queries/period-list";
import { practiceAgeSexParamsFor, practiceAgeSexQuery } from "./queries/practice-age-sex";
import { practiceAssetsQuery, practiceSupplyQuery } from "./queries/practice-assets";
import { practiceListQuery } from "./queries/practice-list";
import { practiceProfileParamsFor, practiceProfileQuery } from "./queries/practice-profile";
import { type PracticeSummaryRow, practiceSummariesQuery } from "./queries/practice-summary";
import { type QueryDefinition, runQuery, type SqlEngine } from "./query";

/** Codes from the demo build, so each query runs on areas that really have data. */
interface Areas {
  practice: string;
  pcn: string;
  icb: string;
  summary: PracticeSummaryRow;
}

// Every shared query with the parameter sets the pages use. The browser's DuckDB (WASM 1.28) is older than
// the server's, so each must give identical rows on both, or a number could change after a client re-query.
function parityCase<Params, Row>(query: QueryDefinition<Params, Row>, params: (areas: Areas) => unknown) {
  return {
    label: query.name,
    run: (engine: SqlEngine, areas: Areas) => runQuery(engine, query, params(areas)),
  };
}

const cases = [
  parityCase(practiceListQuery, () => ({})),
  parityCase(practiceListQuery, () => ({ sort: "name", dir: "asc" })),
  parityCase(practiceListQuery, () => ({ sort: "list_size", q: "surgery" })),
  parityCase(pcnListQuery, () => ({})),
  parityCase(icbListQuery, () => ({})),
  parityCase(indicatorCatalogueQuery, () => ({})),
  parityCase(indicatorListQuery, () => ({})),
  parityCase(periodListQuery, () => ({})),
  parityCase(practiceSummariesQuery, () => ({})),
  parityCase(practiceProfileQuery, ({ summary }) =>
    practiceProfileParamsFor(summary, { comparator: "england" }),
  ),
  parityCase(practiceProfileQuery, ({ summary }) => practiceProfileParamsFor(summary, { comparator: "icb" })),
  parityCase(practiceProfileQuery, ({ summary }) =>
    practiceProfileParamsFor(summary, { comparator: "pcn", period: "2021/22" }),
  ),
  parityCase(indicatorTrendsQuery, ({ practice }) => ({ area: practice })),
  parityCase(practiceAgeSexQuery, ({ summary }) => practiceAgeSexParamsFor(summary)),
  parityCase(practiceAgeSexQuery, ({ summary }) => practiceAgeSexParamsFor(summary, { nationalAges: true })),
  parityCase(pcnSummaryQuery, ({ pcn }) => ({ pcn })),
  parityCase(pcnOverviewQuery, ({ pcn }) => ({ pcn, comparator: "icb" })),
  parityCase(icbInequalityQuery, ({ icb }) => ({ icb })),
  parityCase(assetThemeListQuery, () => ({})),
  parityCase(practiceSupplyQuery, ({ practice }) => ({ practice })),
  parityCase(practiceAssetsQuery, ({ practice }) => ({ practice })),
  parityCase(pcnNeedSummaryQuery, ({ pcn }) => ({ pcn })),
  parityCase(needAssetsQuery, ({ pcn }) => ({ pcn, theme: "social_connection" })),
  parityCase(needEvidenceQuery, ({ pcn }) => ({ pcn, theme: "social_connection" })),
  parityCase(catchmentAssetsQuery, ({ pcn }) => ({ pcn, theme: "social_connection" })),
  // The practice catchment map (app/routes/practices.$practiceCode_.map.tsx).
  parityCase(mapCatchmentQuery, ({ practice }) => ({ practice })),
  parityCase(mapLsoaValuesQuery, ({ practice }) => ({ practice })),
  parityCase(mapComparisonQuery, ({ practice }) => ({ practice })),
  parityCase(mapAssetsQuery, ({ practice }) => ({ practice })),
  parityCase(mapPracticeLocationQuery, ({ practice }) => ({ practice })),
];

describe("the same query on the server's DuckDB and the browser's DuckDB-WASM", () => {
  let root: string;
  let server: SqlEngine & { close(): void };
  let browser: SqlEngine & { version: string };
  let areas: Areas;

  beforeAll(async () => {
    const build = await makeDemoBuild();
    root = build.root;
    server = await openNodeEngine(build.buildDir);
    browser = await openWasmEngine(build.buildDir);
    const [practice] = await runQuery(server, practiceListQuery, {});
    if (!practice?.pcn_code) throw new Error("The demo build has no practice in a PCN");
    const summaries = await runQuery(server, practiceSummariesQuery, {});
    const summary = summaries.find((row) => row.practice_code === practice.practice_code);
    if (!summary) throw new Error("The demo build has no summary for its first practice");
    areas = {
      practice: practice.practice_code,
      pcn: practice.pcn_code,
      icb: summary.icb_code ?? "",
      summary,
    };
  });
  afterAll(() => {
    server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it.each(cases)("$label gives identical rows", async ({ run }) => {
    const [onServer, inBrowser] = await Promise.all([run(server, areas), run(browser, areas)]);
    expect(onServer.length).toBeGreaterThan(0);
    expect(inBrowser).toEqual(onServer);
  });

  it("really compares two different DuckDB builds", () => {
    expect(browser.version).toMatch(/^v0\.9\./);
  });
});
