import type { DuckDBConnection, DuckDBPreparedStatement } from "@duckdb/node-api";
import type { SqlStatement } from "./query";

/** Distinct SQL texts kept prepared per connection; the app has a few dozen, some varying by option. */
const STATEMENT_LIMIT = 64;

/**
 * One connection of the server's DuckDB pool. It runs one query at a time, in order (DuckDB runs a
 * connection's queries one after another anyway, and a prepared statement must not be re-bound while it
 * runs), and keeps each SQL text prepared: a page's queries differ only in their values, so after the first
 * time a text is seen they skip parsing and part of planning, about a seventh of their cost on an England
 * build.
 */
export class PooledConnection {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  /** Prepared statements by SQL text, least recently used first. */
  private readonly statements = new Map<string, DuckDBPreparedStatement>();

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
    const prepared = await this.preparedFor(statement.text);
    prepared.bind(statement.values);
    const reader = await prepared.runAndReadAll();
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  }

  private async preparedFor(text: string): Promise<DuckDBPreparedStatement> {
    const kept = this.statements.get(text);
    if (kept) {
      this.statements.delete(text);
      this.statements.set(text, kept);
      return kept;
    }
    const prepared = await this.connection.prepare(text);
    this.statements.set(text, prepared);
    if (this.statements.size > this.statementLimit) {
      const [oldestText, oldest] = this.statements.entries().next().value ?? [];
      if (oldestText !== undefined) this.statements.delete(oldestText);
      oldest?.destroySync();
    }
    return prepared;
  }
}
