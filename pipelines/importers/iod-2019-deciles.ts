import type { DuckDBConnection } from "@duckdb/node-api";
import { scoredLsoaCodeRule } from "./code-rules.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { IOD_PERIOD } from "./iod-2019-lsoa-scores.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { checkDeciles, createLsoaDecilesTable, decileRule, headingsOf } from "./lsoa-deciles.ts";
import { recordSourceFile } from "./source-files.ts";
import { sqlLiteral } from "./sql-literal.ts";
import { freeText, optional } from "./value-rules.ts";

/** IoD 2019 domains as the long deciles file names them (IndID) → the ids used in outputs. */
const DOMAINS: Readonly<Record<string, string>> = {
  IMD: "imd",
  Income_dep: "income",
  Emp_dep: "employment",
  Educ_dep: "education",
  Health_dep: "health",
  Crime_dep: "crime",
  Barriers_dep: "barriers",
  Env_dep: "environment",
  IDACI: "idaci",
  IDAOPI: "idaopi",
};

const columns: readonly ColumnSpec[] = [
  {
    name: "domain",
    label: "IndID",
    aliases: ["domain", "indicator"],
    presence: "required",
    rule: freeText({
      expected: "the IoD domain, such as IMD, Income_dep or IDAOPI",
      fix: "fill in the domain",
    }),
  },
  {
    name: "lsoa_code",
    label: "polycode",
    aliases: ["lsoa_code", "LSOA11CD", "LSOA code (2011)"],
    presence: "required",
    rule: scoredLsoaCodeRule,
  },
  { name: "decile", label: "value", aliases: ["decile"], presence: "required", rule: decileRule },
  {
    name: "label",
    label: "label",
    aliases: [],
    presence: "optional",
    rule: optional(freeText({ expected: "a label", fix: "" })),
  },
];

/**
 * IoD 2019 deciles in the long layout `IndID,polycode,value,label` (one row per domain and 2011 LSOA,
 * `value` the national decile), as local teams reshape File 7: IMD, the seven domains, IDACI and IDAOPI.
 * Domains not listed above keep their own name, lower-cased.
 */
export const iod2019Deciles: Importer = {
  kind: "iod-2019-deciles",
  title: "English Indices of Deprivation 2019 LSOA deciles (long layout)",
  columns,
  createTables: createLsoaDecilesTable,

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const rows = await loadCheckedCsv(db, input, {
      columns,
      copy: async ({ table, typed }) => {
        const known = Object.entries(DOMAINS)
          .map(([name, id]) => `WHEN ${sqlLiteral(name.toLowerCase())} THEN ${sqlLiteral(id)}`)
          .join(" ");
        const domain = `lower(${typed("domain")})`;
        await db.run(`
        INSERT INTO lsoa_deciles
        SELECT ${input.fileId}, rowid, ${typed("lsoa_code")},
          CASE ${domain} ${known} ELSE regexp_replace(${domain}, '[^a-z0-9]+', '_', 'g') END,
          CAST(${typed("decile")} AS INTEGER)
        FROM ${table}`);
      },
    });
    await recordSourceFile(db, input, headingsOf(input, ["lsoa_code", "decile"]));
    return { rows, periods: [IOD_PERIOD] };
  },

  checkAcrossFiles: (db: DuckDBConnection) => checkDeciles(db),
};
