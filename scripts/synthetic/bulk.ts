/**
 * Bulk loading through `INSERT … SELECT FROM unnest($1::int[], $2::text[], …)`: one statement and
 * one parameter per column for thousands of rows, values always bound (no COPY client installed).
 */
import type pg from "pg";

/** How a column travels: its array type in unnest, and an optional cast of the unnested value. */
export interface ColumnSpec {
  name: string;
  /** element type for the unnest parameter, e.g. int, text, bool, float8, timestamp(3), "LifecycleStatus" */
  type: string;
  /**
   * Array and JSON columns travel as text (unnest would flatten a 2-D array, and ragged rows
   * cannot form one) and are cast back per row, e.g. "text[]" or "jsonb".
   */
  cast?: string;
}

export type Cell = string | number | boolean | null;

export interface TableSpec {
  table: string;
  columns: readonly ColumnSpec[];
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export function insertSql(spec: TableSpec): string {
  const names = spec.columns.map((column) => quote(column.name)).join(", ");
  const aliases = spec.columns.map((_, i) => `c${i}`).join(", ");
  const selects = spec.columns.map((column, i) => (column.cast ? `c${i}::${column.cast}` : `c${i}`)).join(", ");
  const params = spec.columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(", ");
  return `INSERT INTO ${quote(spec.table)} (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${aliases})`;
}

/** A Postgres array literal for one row's array column, e.g. {"a","b \"c\""}. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

/**
 * One query at a time per connection, in submission order. Writers do not await their inserts
 * (see TableWriter), and node-postgres deprecates queueing a query on a busy client itself.
 */
const tails = new WeakMap<pg.ClientBase, Promise<unknown>>();
function enqueue(client: pg.ClientBase, sql: string, values: unknown[]): Promise<unknown> {
  const previous = tails.get(client) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => client.query(sql, values));
  tails.set(client, next);
  return next;
}

export interface ProgressLog {
  (line: string): void;
}

/**
 * Collects rows column by column and flushes every `batchSize` rows. Flushes are not awaited
 * one by one: the next batch is generated in JavaScript while PostgreSQL inserts the previous
 * one, which keeps both of the machine's two cores busy. `maxInFlight` bounds the memory used.
 */
export class TableWriter {
  private columns: Cell[][];
  private readonly sql: string;
  private pending: Promise<void>[] = [];
  private failure: unknown = null;
  private rowsInBuffer = 0;
  rowsWritten = 0;
  private readonly startedAt = performance.now();
  private lastReport = 0;

  constructor(
    private readonly client: pg.ClientBase,
    readonly spec: TableSpec,
    private readonly log: ProgressLog,
    private readonly batchSize = 20_000,
    private readonly maxInFlight = 2,
  ) {
    this.columns = spec.columns.map(() => []);
    this.sql = insertSql(spec);
  }

  /** values in the order of spec.columns */
  async add(values: readonly Cell[]): Promise<void> {
    for (let i = 0; i < values.length; i++) this.columns[i].push(values[i]);
    this.rowsInBuffer++;
    if (this.rowsInBuffer >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rowsInBuffer === 0) return;
    const columns = this.columns;
    const rows = this.rowsInBuffer;
    this.columns = this.spec.columns.map(() => []);
    this.rowsInBuffer = 0;
    // Never left to reject unobserved: the failure is rethrown by the next flush or close, so the
    // caller's cleanup (stopping the embedded server) still runs.
    const done = enqueue(this.client, this.sql, columns).then(
      () => {
        this.rowsWritten += rows;
        this.report(false);
      },
      (error: unknown) => {
        this.failure ??= error;
      },
    );
    this.pending.push(done);
    if (this.pending.length >= this.maxInFlight) await this.pending.shift();
    this.throwIfFailed();
  }

  private throwIfFailed() {
    if (this.failure !== null) throw this.failure;
  }

  async close(): Promise<number> {
    await this.flush();
    await Promise.all(this.pending);
    this.pending = [];
    this.throwIfFailed();
    this.report(true);
    return this.rowsWritten;
  }

  private report(final: boolean) {
    const now = performance.now();
    if (!final && now - this.lastReport < 5_000) return;
    this.lastReport = now;
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? Math.round(this.rowsWritten / seconds) : 0;
    this.log(`${final ? "loaded " : "loading"} ${this.spec.table.padEnd(24)} ${this.rowsWritten.toLocaleString("en-US").padStart(11)} rows  ${rate.toLocaleString("en-US").padStart(9)} rows/s  ${seconds.toFixed(1)} s`);
  }
}

export interface SavedIndexes {
  indexes: { name: string; table: string; definition: string }[];
  foreignKeys: { name: string; table: string; definition: string }[];
}

/**
 * Drops every secondary index and foreign key of `tables`, returning their definitions so
 * `restoreIndexes` can rebuild them after the load: building an index once over sorted data is
 * far cheaper than maintaining it row by row, and foreign-key triggers fire per row.
 * Primary keys stay: rows arrive in key order, so maintaining them is nearly free.
 */
export async function dropSecondaryIndexes(client: pg.ClientBase, tables: readonly string[]): Promise<SavedIndexes> {
  const foreignKeys = await client.query<{ name: string; table: string; definition: string }>(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS table, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = ANY($1::text[])
      ORDER BY c.conname`,
    [tables],
  );
  const indexes = await client.query<{ name: string; table: string; definition: string }>(
    `SELECT i.indexname AS name, i.tablename AS table, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u', 'x'))
      ORDER BY i.indexname`,
    [tables],
  );
  for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${quote(index.name)}`);
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

export async function restoreIndexes(client: pg.ClientBase, saved: SavedIndexes, tables: readonly string[], log: ProgressLog): Promise<void> {
  for (const index of saved.indexes.filter((item) => tables.includes(item.table))) {
    const started = performance.now();
    await client.query(index.definition);
    log(`index   ${index.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

export async function restoreForeignKeys(client: pg.ClientBase, saved: SavedIndexes, log: ProgressLog): Promise<void> {
  const started = performance.now();
  for (const fk of saved.foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
  log(`restored ${saved.foreignKeys.length} foreign keys (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
