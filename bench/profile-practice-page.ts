/**
 * `npx tsx bench/profile-practice-page.ts <data-build-folder> [practices]`: where the practice page's loader
 * spends its time. Opens the build as the server does (all tables in memory, one DuckDB thread per query)
 * and runs each of the loader's queries alone, for a spread of practices after a warm-up, printing the
 * median and 95th percentile of each, then of all of them as the loader runs them (the England profile and
 * the other five side by side on the engine's connection pool; the summary comes from the practice
 * directory, read once per build, whose one query is timed on its own). Not part of `npm run bench`.
 */
import { openNodeEngine } from "../app/data/engine.server.ts";
import { indicatorTrendsQuery } from "../app/data/queries/indicator-trends.ts";
import { periodListQuery } from "../app/data/queries/period-list.ts";
import { practiceAgeSexParamsFor, practiceAgeSexQuery } from "../app/data/queries/practice-age-sex.ts";
import { practiceAssetsQuery, practiceSupplyQuery } from "../app/data/queries/practice-assets.ts";
import { practiceProfileParamsFor, practiceProfileQuery } from "../app/data/queries/practice-profile.ts";
import { type PracticeSummaryRow, practiceSummariesQuery } from "../app/data/queries/practice-summary.ts";
import { runQuery } from "../app/data/query.ts";
import { readCurrentBuild } from "../pipelines/output/current-build-pointer.ts";
import { percentile } from "./percentile.ts";

const [buildRoot, practiceCount = "30"] = process.argv.slice(2);
if (!buildRoot) throw new Error("usage: bench/profile-practice-page.ts <data-build-folder> [practices]");
const current = await readCurrentBuild(buildRoot);
if (!current) throw new Error(`${buildRoot} holds no current build`);
const engine = await openNodeEngine(current.directory);
try {
  const all = await engine.all({
    text: "SELECT area_code FROM areas WHERE area_type = 'practice' ORDER BY area_code",
    values: [],
  });
  const step = Math.max(1, Math.floor(all.length / Number(practiceCount)));
  const practices = all.filter((_, k) => k % step === 0).map((row) => String(row.area_code));
  const directoryStarted = performance.now();
  const summaries = new Map(
    (await runQuery(engine, practiceSummariesQuery, {})).map((row) => [row.practice_code, row]),
  );
  console.log(`practice directory, once per build: ${(performance.now() - directoryStarted).toFixed(0)} ms`);
  // biome-ignore lint/suspicious/noExplicitAny: each query has its own parameter and row types
  const queries: [string, any, (practice: string, summary: PracticeSummaryRow) => unknown][] = [
    [
      "practice-profile (england)",
      practiceProfileQuery,
      (_, s) => practiceProfileParamsFor(s, { comparator: "england" }),
    ],
    [
      "practice-profile (icb)",
      practiceProfileQuery,
      (_, s) => practiceProfileParamsFor(s, { comparator: "icb" }),
    ],
    [
      "practice-profile (pcn)",
      practiceProfileQuery,
      (_, s) => practiceProfileParamsFor(s, { comparator: "pcn" }),
    ],
    ["indicator-trends", indicatorTrendsQuery, (practice) => ({ area: practice })],
    ["period-list", periodListQuery, () => ({})],
    ["practice-age-sex", practiceAgeSexQuery, (_, s) => practiceAgeSexParamsFor(s)],
    ["practice-supply", practiceSupplyQuery, (practice) => ({ practice })],
    ["practice-assets", practiceAssetsQuery, (practice) => ({ practice })],
  ];
  const times = new Map<string, number[]>(queries.map(([name]) => [name, []]));
  const loaderName = "all, as the loader runs them";
  times.set(loaderName, []);
  for (const [index, practice] of practices.entries()) {
    const summary = summaries.get(practice);
    if (!summary) throw new Error(`No summary for practice ${practice}`);
    for (const [name, query, params] of queries) {
      const started = performance.now();
      await runQuery(engine, query, params(practice, summary));
      if (index > 0) times.get(name)?.push(performance.now() - started);
    }
    // The England profile and the other five side by side, as the route does.
    const started = performance.now();
    await Promise.all(
      queries
        .filter(([name]) => !/\((icb|pcn)\)/.test(name))
        .map(([, query, params]) => runQuery(engine, query, params(practice, summary))),
    );
    if (index > 0) times.get(loaderName)?.push(performance.now() - started);
  }
  console.log(`${practices.length - 1} practices after one warm-up, each query alone (ms):`);
  for (const [name, ms] of times)
    console.log(
      `  ${name.padEnd(28)} median ${percentile(ms, 50).toFixed(1).padStart(7)}  p95 ${percentile(ms, 95).toFixed(1).padStart(7)}`,
    );
} finally {
  engine.close();
}
