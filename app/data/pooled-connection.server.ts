import {
  type DuckDBConnection,
  type DuckDBMaterializedResult,
  type DuckDBPreparedStatement,
  JSDuckDBValueConverter,
} from "@duckdb/node-api";
import type { SqlStatement } from "./query";

/** Distinct SQL texts kept prepared per connection; the app has a few dozen, some varying by option. */
const STATEMENT_LIMIT = 64;

/** A prepared SQL text and, once it has run, the names of its result's columns. */
interface KeptStatement {
  prepared: DuckDBPreparedStatement;
  columnNames?: string[];
}

/**
 * One connection of the server's DuckDB pool. It runs one query at a time, in order (DuckDB runs a
 * connection's queries one after another anyway, and a prepared statement must not be re-bound while it
 * runs), and keeps each SQL text prepared: a page's queries differ only in their values, so after the first
 * time a text is seen they skip parsing. (DuckDB still plans them again for each set of values, to push the
 * values into its scans.)
 */
export class PooledConnection {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  /** Prepared statements by SQL text, least recently used first. */
  private readonly statements = new Map<string, KeptStatement>();

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly statementLimit = STATEMENT_LIMIT,
  ) {}

  /** Queries waiting or running here: the pool gives new work to the connection with the fewest. */
  get load(): number {
    return this.queued;
  }

  all(statement: SqlStatement): Promise<Record<string, unknown>[]> {
    this.queued++;
    const result = this.tail.then(() => this.runNow(statement));
    this.tail = result.catch(() => undefined);
    return result.finally(() => {
      this.queued--;
    });
  }

  close(): void {
    // Closing the connection also destroys the statements prepared on it.
    this.connection.closeSync();
    this.statements.clear();
  }

  private async runNow(statement: SqlStatement): Promise<Record<string, unknown>[]> {
    const kept = await this.keptFor(statement.text);
    kept.prepared.bind(statement.values);
    const result = await kept.prepared.run();
    // A SQL text's columns never change while the build's tables do not; asking DuckDB for every name on
    // every run cost about as much as converting a small result's rows.
    if (kept.columnNames?.length !== result.columnCount) kept.columnNames = result.deduplicatedColumnNames();
    return rowObjects(result, kept.columnNames);
  }

  private async keptFor(text: string): Promise<KeptStatement> {
    const kept = this.statements.get(text);
    if (kept) {
      this.statements.delete(text);
      this.statements.set(text, kept);
      return kept;
    }
    const fresh: KeptStatement = { prepared: await this.connection.prepare(text) };
    this.statements.set(text, fresh);
    if (this.statements.size > this.statementLimit) {
      const [oldestText, oldest] = this.statements.entries().next().value ?? [];
      if (oldestText !== undefined) this.statements.delete(oldestText);
      oldest?.prepared.destroySync();
    }
    return fresh;
  }
}

/**
 * A materialized result's rows as plain objects, read from its chunks in place. Reading them with
 * `fetchChunk` (as `runAndReadAll` does) sends every chunk, and then the empty one that ends the result,
 * through libuv's thread pool and back: two more hand-offs per query, each a wait for a pool thread under
 * load, to copy what is already in memory.
 */
function rowObjects(
  result: DuckDBMaterializedResult,
  columnNames: readonly string[],
): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let chunkIndex = 0; chunkIndex < result.chunkCount; chunkIndex++) {
    const chunk = result.getChunk(chunkIndex);
    const first = rows.length;
    for (let row = 0; row < chunk.rowCount; row++) rows.push({});
    // Index loops, not entries(): an iterator's pair per value was 8% of all a practice page allocated.
    for (let column = 0; column < columnNames.length; column++) {
      const name = columnNames[column] as string;
      const values = chunk.convertColumnValues(column, JSDuckDBValueConverter);
      for (let row = 0; row < values.length; row++)
        (rows[first + row] as Record<string, unknown>)[name] = values[row];
    }
  }
  return rows;
}
