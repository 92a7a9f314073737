import type { DuckDBConnection } from "@duckdb/node-api";
import type { RecognisedFile } from "../discovery/discover-inputs.ts";
import { locateCsvLine } from "../importers/locate-csv-line.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { exactSum } from "../sql/exact-sum.ts";

/**
 * LSOA codes come in two vintages. IoD 2019 is on 2011 LSOAs; Census 2021 on 2021 LSOAs; NHS Digital's
 * registrations on whichever its postcode lookup used at the extract. About 95% of LSOAs kept their code in
 * 2021, so a code alone rarely says its vintage, and joining inputs of two vintages silently loses the
 * rest. The rule:
 *
 * 1. IoD inputs are 2011 and Census inputs 2021, by publication.
 * 2. A registrations code is evidence of 2021 when it is one ONS created for 2021 (E01033769–E01035722: every
 *    2011 code is E01033768 or lower) or is on the 2021 side only of a given lookup or of two national lists
 *    (a Census input with 33,000+ LSOAs beside an IoD input with 32,000+); of 2011 when it is on the 2011
 *    side only of a lookup or of those national lists. Codes of both vintages in the latest registrations
 *    are an error.
 * 3. Registrations with evidence of one vintage and an LSOA input of the other are an error naming both
 *    files, unless ONS's 2011 → 2021 lookup is given: then that input is converted to the registrations'
 *    vintage (convertWithLookup). Without evidence either way the codes are taken as they are.
 */
const NEW_2021_FIRST = "E01033769";
const NEW_2021_LAST = "E01035722";
const NATIONAL_2021 = 33_000;
const NATIONAL_2011 = 32_000;

type Vintage = "2011" | "2021";
type Evidence = { lsoa: string; sourceFile: number; sourceRow: number };

export type VintageAlignment = { vintage: Vintage | null; notes: string[] };

/** The LSOA inputs by vintage: their staging table, the file ids in it, and what they are, for messages. */
const LSOA_INPUTS = [
  { table: "lsoa_scores", vintage: "2011", what: "IoD 2019 scores (2011 LSOAs)" },
  { table: "lsoa_deciles", vintage: "2011", what: "IoD 2019 deciles (2011 LSOAs)" },
  { table: "census_counts", vintage: "2021", what: "Census 2021 counts (2021 LSOAs)" },
] as const;

export async function alignLsoaVintages(
  db: DuckDBConnection,
  recognised: readonly RecognisedFile[],
): Promise<VintageAlignment> {
  const pathOf = (fileId: number) =>
    recognised.find((file) => file.input.fileId === fileId)?.input.path ?? String(fileId);
  const hasLookup = await exists(db, "SELECT 1 FROM lsoa_lookup");
  const evidence = await registrationsEvidence(db, hasLookup);
  const first11 = evidence.get("2011");
  const first21 = evidence.get("2021");
  if (first11 !== undefined && first21 !== undefined) {
    const [early, late] = [first11, first21].sort(
      (a, b) => a.sourceFile - b.sourceFile || a.sourceRow - b.sourceRow,
    );
    const file = pathOf(late?.sourceFile ?? 0);
    throw new PipelineInputError({
      file,
      line: await locateCsvLine(file, { dataRow: late?.sourceRow ?? 0 }),
      column: "LSOA_CODE",
      expected: "LSOA codes of one vintage in the registrations (2011 or 2021)",
      found: `${late?.lsoa} (a ${late === first11 ? "2011" : "2021"} code) here, but ${early?.lsoa} (a ${early === first11 ? "2011" : "2021"} code) at line ${await locateCsvLine(pathOf(early?.sourceFile ?? 0), { dataRow: early?.sourceRow ?? 0 })} of ${pathOf(early?.sourceFile ?? 0)}`,
      fix: "use registrations from one NHS Digital extract; extracts from different years can use different LSOAs",
    });
  }
  const vintage: Vintage | null = first11 !== undefined ? "2011" : first21 !== undefined ? "2021" : null;
  const notes: string[] = [];
  if (vintage === null) return { vintage, notes };
  const sample = (first11 ?? first21) as Evidence;
  for (const input of LSOA_INPUTS) {
    if (input.vintage === vintage) continue;
    const other = (
      await db.runAndReadAll(`SELECT min(source_file) AS file FROM ${input.table}`)
    ).getRowObjectsJS()[0]?.file;
    if (other === null || other === undefined) continue;
    if (!hasLookup) {
      const registrations = pathOf(sample.sourceFile);
      throw new PipelineInputError({
        file: registrations,
        line: await locateCsvLine(registrations, { dataRow: sample.sourceRow }),
        column: "LSOA_CODE",
        expected: `LSOA codes of the same vintage as ${pathOf(Number(other))}, which holds ${input.what}`,
        found: `${vintage} LSOA codes (${sample.lsoa} is a ${vintage} code)`,
        fix: `add ONS's "LSOA (2011) to LSOA (2021)" lookup (columns LSOA11CD, LSOA21CD, CHGIND) to an input folder, and ${pathOf(Number(other))} will be converted to ${vintage} LSOAs; or use registrations on ${input.vintage} LSOAs`,
      });
    }
    notes.push(await convertWithLookup(db, input.table, vintage));
  }
  return { vintage, notes };
}

async function exists(db: DuckDBConnection, sql: string): Promise<boolean> {
  return (await db.runAndReadAll(`SELECT EXISTS (${sql}) AS yes`)).getRowObjectsJS()[0]?.yes === true;
}

/** The first registrations row holding a code that shows each vintage (see the rule above). */
async function registrationsEvidence(
  db: DuckDBConnection,
  hasLookup: boolean,
): Promise<Map<Vintage, Evidence>> {
  const national =
    (
      await db.runAndReadAll(`
      SELECT (SELECT count(DISTINCT lsoa_code) FROM census_counts) >= ${NATIONAL_2021}
        AND (SELECT count(DISTINCT lsoa_code) FROM lsoa_scores) >= ${NATIONAL_2011} AS yes`)
    ).getRowObjectsJS()[0]?.yes === true;
  const lists: string[] = [];
  if (hasLookup) {
    lists.push(`SELECT lsoa11 AS lsoa_code, '2011' AS vintage FROM lsoa_lookup
      WHERE lsoa11 NOT IN (SELECT lsoa21 FROM lsoa_lookup)`);
    lists.push(`SELECT lsoa21, '2021' FROM lsoa_lookup WHERE lsoa21 NOT IN (SELECT lsoa11 FROM lsoa_lookup)`);
  }
  if (national) {
    lists.push(`SELECT DISTINCT lsoa_code, '2011' FROM lsoa_scores
      WHERE lsoa_code NOT IN (SELECT lsoa_code FROM census_counts)`);
    lists.push(`SELECT DISTINCT lsoa_code, '2021' FROM census_counts
      WHERE lsoa_code NOT IN (SELECT lsoa_code FROM lsoa_scores)`);
  }
  const listed = lists.length === 0 ? "" : `UNION SELECT * FROM (${lists.join(" UNION ")})`;
  const rows = (
    await db.runAndReadAll(`
      WITH known AS (
        SELECT DISTINCT lsoa_code, '2021' AS vintage FROM registrations
        WHERE lsoa_code BETWEEN '${NEW_2021_FIRST}' AND '${NEW_2021_LAST}'
        ${listed}
      ),
      latest AS (
        SELECT * FROM registrations WHERE period IS NOT DISTINCT FROM (SELECT max(period) FROM registrations)
      )
      SELECT k.vintage, arg_min(r.lsoa_code, (r.source_file, r.source_row)) AS lsoa,
        arg_min(r.source_file, (r.source_file, r.source_row)) AS source_file,
        arg_min(r.source_row, (r.source_file, r.source_row)) AS source_row
      FROM latest r JOIN known k USING (lsoa_code) GROUP BY k.vintage`)
  ).getRowObjectsJS();
  return new Map(
    rows.map((row) => [
      String(row.vintage) as Vintage,
      { lsoa: String(row.lsoa), sourceFile: Number(row.source_file), sourceRow: Number(row.source_row) },
    ]),
  );
}

/**
 * Rewrites one staging table in the registrations' vintage using the lookup, in place, so every later
 * stage reads it as if it had been published that way:
 * - scores and deciles (2011 → 2021): a 2021 LSOA takes its 2011 parent's value (unchanged or split: exact);
 *   one made from several 2011 LSOAs (merged or redrawn) takes their mean, deciles rounded;
 * - Census counts (2021 → 2011): a 2011 LSOA adds its 2021 children (unchanged or split: exact); a 2021
 *   LSOA made from several 2011 LSOAs is shared equally among them.
 */
async function convertWithLookup(db: DuckDBConnection, table: string, to: Vintage): Promise<string> {
  const [from, into] = to === "2021" ? ["lsoa11", "lsoa21"] : ["lsoa21", "lsoa11"];
  const value = table === "lsoa_deciles" ? "decile" : "value";
  const key =
    table === "lsoa_scores" ? "measure_id" : table === "lsoa_deciles" ? "domain" : "table_id, category";
  const combined =
    to === "2021"
      ? table === "lsoa_deciles"
        ? "CAST(round(avg(s.decile)) AS INTEGER)"
        : `${exactSum("s.value")} / count(*)`
      : exactSum("s.value / l.parents");
  const before = Number(
    (await db.runAndReadAll(`SELECT count(DISTINCT lsoa_code) AS n FROM ${table}`)).getRowsJS()[0]?.[0],
  );
  await db.run(`
    CREATE TEMP TABLE converted AS
    WITH lookup AS (
      SELECT DISTINCT lsoa11, lsoa21, count(*) OVER (PARTITION BY lsoa21) AS parents FROM lsoa_lookup
    )
    SELECT min(s.source_file) AS source_file, min(s.source_row) AS source_row, l.${into} AS lsoa_code, ${key
      .split(", ")
      .map((column) => `s.${column}`)
      .join(", ")}, ${combined} AS ${value}
    FROM ${table} s JOIN lookup l ON l.${from} = s.lsoa_code
    GROUP BY l.${into}, ${key
      .split(", ")
      .map((column) => `s.${column}`)
      .join(", ")};
    DELETE FROM ${table};
    INSERT INTO ${table} BY NAME SELECT * FROM converted;
    DROP TABLE converted;`);
  const after = Number(
    (await db.runAndReadAll(`SELECT count(DISTINCT lsoa_code) AS n FROM ${table}`)).getRowsJS()[0]?.[0],
  );
  return `${table} converted from ${from === "lsoa11" ? "2011" : "2021"} to ${to} LSOAs with the ONS lookup (${before.toLocaleString("en-GB")} → ${after.toLocaleString("en-GB")} LSOAs)`;
}
