import type { z } from "zod";
import type { TableName } from "./derived-tables";

/** A value DuckDB can bind to a `$n` placeholder in both engines. */
export type SqlValue = string | number | boolean | null;

export interface SqlStatement {
  text: string;
  values: SqlValue[];
}

/**
 * A query is data, not code that touches an engine: its parameters and rows are zod schemas, its SQL a pure
 * function of validated parameters. The server (DuckDB in node) and the browser (DuckDB-WASM) run the very
 * same definition, so a number on the server-rendered page and after a client re-query cannot differ.
 */
export interface QueryDefinition<Params, Row> {
  name: string;
  tables: readonly TableName[];
  params: z.ZodType<Params, z.ZodTypeDef, unknown>;
  row: z.ZodType<Row, z.ZodTypeDef, unknown>;
  sql: (params: Params) => SqlStatement;
}

export function defineQuery<Params, Row>(
  definition: QueryDefinition<Params, Row>,
): QueryDefinition<Params, Row> {
  return definition;
}

/** What each engine must provide: run SQL with positional values and return plain row objects. */
export interface SqlEngine {
  all(statement: SqlStatement): Promise<Record<string, unknown>[]>;
}

export class QueryResultError extends Error {
  constructor(queryName: string, rowIndex: number, issues: string) {
    super(`Query "${queryName}" returned a row (${rowIndex + 1}) that does not match its schema: ${issues}`);
    this.name = "QueryResultError";
  }
}

/**
 * Run a query on any engine. DuckDB returns 64-bit integers (count(*), BIGINT columns) as BigInt and the
 * browser's Arrow may give typed wrappers; rows are normalised to plain JS values before zod checks them.
 */
export async function runQuery<Params, Row>(
  engine: SqlEngine,
  query: QueryDefinition<Params, Row>,
  params: unknown,
): Promise<Row[]> {
  const parsedParams = query.params.parse(params);
  const rows = await engine.all(query.sql(parsedParams));
  return rows.map((raw, index) => {
    const result = query.row.safeParse(normaliseRow(raw));
    if (!result.success) throw new QueryResultError(query.name, index, result.error.message);
    return result.data;
  });
}

export function normaliseRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = normaliseValue(value);
  return out;
}

function normaliseValue(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  // Lists arrive as arrays from DuckDB in node and as Arrow vectors in the browser.
  if (
    value !== null &&
    typeof value === "object" &&
    "toArray" in value &&
    typeof value.toArray === "function"
  ) {
    return Array.from(value.toArray() as ArrayLike<unknown>, normaliseValue);
  }
  if (Array.isArray(value)) return value.map(normaliseValue);
  return value;
}
