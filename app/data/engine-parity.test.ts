import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDemoBuild } from "../../tests/setup/demo-data";
import { openWasmEngine } from "../../tests/setup/wasm-node-engine";
import { openNodeEngine } from "./engine.server";
import { icbListQuery } from "./queries/icb-list";
import { indicatorCatalogueQuery } from "./queries/indicator-catalogue";
import { pcnListQuery } from "./queries/pcn-list";
import { practiceListQuery } from "./queries/practice-list";
import { type QueryDefinition, runQuery, type SqlEngine } from "./query";

// Every shared query with the parameter sets the pages use. The browser's DuckDB (WASM 1.28) is older than
// the server's, so each must give identical rows on both, or a number could change after a client re-query.
function parityCase<Params, Row>(query: QueryDefinition<Params, Row>, params: unknown) {
  return {
    label: `${query.name} ${JSON.stringify(params)}`,
    run: (engine: SqlEngine) => runQuery(engine, query, params),
  };
}

const cases = [
  parityCase(practiceListQuery, {}),
  parityCase(practiceListQuery, { sort: "name", dir: "asc" }),
  parityCase(practiceListQuery, { sort: "list_size", q: "surgery" }),
  parityCase(practiceListQuery, { sort: "pcn", dir: "asc" }),
  parityCase(pcnListQuery, {}),
  parityCase(icbListQuery, {}),
  parityCase(indicatorCatalogueQuery, {}),
];

describe("the same query on the server's DuckDB and the browser's DuckDB-WASM", () => {
  let root: string;
  let server: SqlEngine & { close(): void };
  let browser: SqlEngine & { version: string };

  beforeAll(async () => {
    const build = await makeDemoBuild();
    root = build.root;
    server = await openNodeEngine(build.buildDir);
    browser = await openWasmEngine(build.buildDir);
  });
  afterAll(() => {
    server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it.each(cases)("$label gives identical rows", async ({ run }) => {
    const [onServer, inBrowser] = await Promise.all([run(server), run(browser)]);
    expect(onServer.length).toBeGreaterThan(0);
    expect(inBrowser).toEqual(onServer);
  });

  it("really compares two different DuckDB builds", () => {
    expect(browser.version).toMatch(/^v0\.9\./);
  });
});
