import type { DuckDBConnection } from "@duckdb/node-api";
import {
  createCensusLsoaMeasures,
  createCensusPracticeCounts,
} from "../attribution/census-practice-estimates.ts";
import { BUILD_LSOAS } from "../attribution/lsoa-patients.ts";
import { AGED_65_PLUS_FIRST_BAND, createRegisteredAges } from "../attribution/registered-ages.ts";
import { CENSUS_PERIOD, CENSUS_TABLES } from "../importers/census/census-2021-tables.ts";
import { IOD_PERIOD } from "../importers/iod-2019-lsoa-scores.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { fillAgeSex } from "./fill-age-sex.ts";
import { fillProportionValues } from "./fill-proportion-values.ts";
import type { IndicatorDefinition } from "./indicator-definition.ts";
import { populationIndicators } from "./population-indicators.ts";

export type PopulationIndicators = {
  definitions: IndicatorDefinition[];
  values: number;
  ageSexRows: number;
  warnings: string[];
};

/** Below this share of a practice's patients in LSOAs with Census data, its Census figures are flagged. */
const LOW_COVERAGE = 0.9;

/**
 * The population indicators: aged 65+ from single-age registrations, Census 2021 shares attributed to
 * practices, Core20 from national IMD deciles, and IDAOPI (weighted with the other IoD scores in
 * population-weighted-scores.ts, only defined here). Each is built only when its input was given. Also
 * fills `age_sex` and the Census and decile rows of `lsoa_values`. Runs after `areas` is filled.
 */
export async function fillPopulationIndicators(
  db: DuckDBConnection,
  sources: { registrationsPeriod: string | null },
): Promise<PopulationIndicators> {
  const present = (
    await db.runAndReadAll(`
      SELECT (SELECT count(*) FROM registrations_by_age) AS ages,
        (SELECT count(*) FROM census_counts) AS census,
        (SELECT count(*) FROM lsoa_deciles WHERE domain = 'imd') AS deciles,
        (SELECT count(*) FROM lsoa_scores WHERE measure_id = 'idaopi_score') AS idaopi`)
  ).getRowObjectsJS()[0];
  const has = (name: string) => Number(present?.[name] ?? 0) > 0;
  const ages = has("ages") ? await createRegisteredAges(db) : null;
  const catalogue = populationIndicators({ ...sources, agesPeriod: ages?.period ?? null });
  const wanted: string[] = [];
  const counts: string[] = [];
  if (ages !== null) {
    wanted.push("aged_65plus");
    counts.push(`SELECT 'aged_65plus', ${sqlLiteral(ages.period ?? "")}, practice_code,
      sum(patients) FILTER (WHERE band >= ${AGED_65_PLUS_FIRST_BAND}), sum(patients)
      FROM practice_age_bands WHERE sex = 'persons' GROUP BY practice_code`);
  }
  if (has("census")) {
    await createCensusLsoaMeasures(db);
    await createCensusPracticeCounts(db);
    const census = CENSUS_TABLES.flatMap((table) => table.measures.map((measure) => measure.id)).filter(
      (id) => catalogue.has(id),
    );
    const found = (
      await db.runAndReadAll("SELECT DISTINCT measure_id FROM census_practice_counts ORDER BY 1")
    ).getRowsJS();
    const given = census.filter((id) => found.some(([measure]) => measure === id));
    wanted.push(...given);
    if (given.length > 0)
      counts.push(`SELECT measure_id, ${sqlLiteral(CENSUS_PERIOD)}, practice_code, count, denominator
      FROM census_practice_counts WHERE measure_id IN (${given.map(sqlLiteral).join(", ")})`);
  }
  if (has("deciles")) {
    wanted.push("core20_share");
    counts.push(`SELECT 'core20_share', ${sqlLiteral(IOD_PERIOD)}, r.practice_code,
      sum(r.patients) FILTER (WHERE d.decile <= 2), sum(r.patients)
      FROM registered_patients r JOIN (SELECT DISTINCT lsoa_code, decile FROM lsoa_deciles WHERE domain = 'imd') d
        USING (lsoa_code)
      GROUP BY r.practice_code`);
  }
  await db.run(`
    CREATE TABLE proportion_counts (indicator_id VARCHAR, period VARCHAR, practice_code VARCHAR, count DOUBLE, denominator DOUBLE);
    ${counts.map((select) => `INSERT INTO proportion_counts ${select};`).join("\n")}
    UPDATE proportion_counts SET count = 0 WHERE count IS NULL;`);
  const proportions = wanted.flatMap((id) => catalogue.get(id) ?? []);
  const values = await fillProportionValues(db, proportions);
  await fillPopulationLsoaValues(db);
  const idaopi = catalogue.get("idaopi");
  const definitions = has("idaopi") && idaopi !== undefined ? [...proportions, idaopi] : proportions;
  return {
    definitions,
    values,
    ageSexRows: ages === null ? 0 : await fillAgeSex(db),
    warnings: await populationWarnings(db, { ages: ages !== null, census: has("census") }),
  };
}

/** Census shares (%) and national IoD deciles of the LSOAs the build's practices draw on. */
async function fillPopulationLsoaValues(db: DuckDBConnection): Promise<void> {
  const inBuild = `lsoa_code IN ${BUILD_LSOAS}`;
  await db.run(`
    INSERT INTO lsoa_values
    SELECT DISTINCT lsoa_code, domain || '_decile', decile FROM lsoa_deciles WHERE ${inBuild}`);
  const census = (await db.runAndReadAll("SELECT count(*) AS n FROM census_counts")).getRowsJS()[0]?.[0];
  if (Number(census ?? 0) === 0) return;
  await db.run(`
    INSERT INTO lsoa_values
    SELECT lsoa_code, measure_id, 100 * count / denominator FROM census_lsoa_measures WHERE ${inBuild}`);
}

async function populationWarnings(
  db: DuckDBConnection,
  given: { ages: boolean; census: boolean },
): Promise<string[]> {
  const warnings: string[] = [];
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const examples = (codes: readonly string[]) =>
    `${codes.slice(0, 5).join(", ")}${codes.length > 5 ? ", …" : ""}`;
  if (given.ages) {
    const row = (
      await db.runAndReadAll(`
        SELECT list(practice_code ORDER BY practice_code) AS missing FROM practice_map
        WHERE practice_code NOT IN (SELECT practice_code FROM practice_age_bands)`)
    ).getRowObjectsJS()[0];
    const missing = list(row?.missing);
    if (missing.length > 0) {
      warnings.push(
        `${missing.length} practices in the practice map are not in the single-age registrations (${examples(missing)}); they have no aged_65plus value or age_sex rows`,
      );
    }
  }
  if (given.census) {
    const row = (
      await db.runAndReadAll(`
        SELECT list(a.area_code ORDER BY a.area_code) AS low FROM areas a
        LEFT JOIN (SELECT practice_code, max(patients_covered) AS covered FROM census_practice_counts GROUP BY ALL) c
          ON c.practice_code = a.area_code
        WHERE a.area_type = 'practice' AND a.list_size > 0 AND coalesce(c.covered, 0) < ${LOW_COVERAGE} * a.list_size`)
    ).getRowObjectsJS()[0];
    const low = list(row?.low);
    if (low.length > 0) {
      warnings.push(
        `${low.length} practices have under ${LOW_COVERAGE * 100}% of patients in LSOAs covered by the Census 2021 input (${examples(low)}); their Census figures rest on the covered patients only`,
      );
    }
  }
  return warnings;
}
