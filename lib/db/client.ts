import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** The node-postgres pool under each client made here, for {@link queryDirect}. */
const pools = new WeakMap<object, pg.Pool>();

export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // The client owns the pool: $disconnect() ends it, as when the adapter made its own.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  // The adapter disposes the pool only once a Prisma query has opened it; a client used only
  // through queryDirect would otherwise keep its connections after $disconnect().
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnect();
    if (!pool.ending) await pool.end();
  };
  return client;
}

const statementNames = new Map<string, string>();

/**
 * Runs a hot read on the client's own node-postgres connections, skipping Prisma's per-query work
 * (a few milliseconds each, most of a 2 ms read, and summed over a traversal's sequential levels).
 * `prepared`: as a named prepared statement, parsed and planned once per connection, after which
 * PostgreSQL may keep a generic plan — only for a fixed set of texts (each name stays on its
 * connection for good) whose plan does not hinge on its values (write LIMITs into the text). Rows
 * come as node-postgres parses them (int8 as a string), so select no bigint. A client not made here
 * (a transaction) runs the statement through $queryRaw.
 */
export async function queryDirect<Row>(db: Pick<PrismaClient, "$queryRaw">, sql: Prisma.Sql, options: { prepared?: boolean } = {}): Promise<Row[]> {
  const pool = pools.get(db);
  // After $disconnect() the adapter opens a new pool of its own on the next query; this one is gone.
  if (!pool || pool.ending) return db.$queryRaw<Row[]>(sql);
  let name: string | undefined;
  if (options.prepared) {
    name = statementNames.get(sql.text);
    // One name per distinct text for the whole process, so a name never meets another text.
    if (name === undefined) statementNames.set(sql.text, (name = `meshwork-${statementNames.size + 1}`));
  }
  const result = await pool.query({ name, text: sql.text, values: sql.values });
  return result.rows as Row[];
}

/** A transaction's statements, with their values bound: rows come as node-postgres parses them. */
export interface DirectTransaction {
  query<Row>(text: string, values?: unknown[]): Promise<Row[]>;
  /**
   * Runs `COPY … FROM STDIN` (`statement`) with `data` in its text format (see copy-text.ts).
   * Absent in the Prisma fallback, which has no COPY: callers insert the rows another way.
   */
  copy?(statement: string, data: string): Promise<void>;
}

/**
 * Runs `work` in one transaction on one of the client's own node-postgres connections. For bulk
 * writers whose parameters are megabytes of JSON: Prisma's raw queries encode every parameter as
 * JSON and decode it again before the driver sees it, about a tenth of a `meshwork apply`. Waits
 * for a free connection as long as it takes; each statement may run at most two minutes, as long as
 * the Prisma transaction it replaced. A client not made here runs the work in a Prisma transaction instead.
 */
export async function directTransaction<T>(db: PrismaClient, work: (tx: DirectTransaction) => Promise<T>): Promise<T> {
  const pool = pools.get(db);
  if (!pool || pool.ending) {
    return db.$transaction((tx) => work({ query: <Row>(text: string, values: unknown[] = []) => tx.$queryRawUnsafe<Row[]>(text, ...values) }), {
      maxWait: 60_000,
      timeout: 120_000,
    });
  }
  const connection = await pool.connect();
  try {
    await connection.query("BEGIN");
    await connection.query("SET LOCAL statement_timeout = '2min'");
    const result = await work({
      query: async <Row>(text: string, values: unknown[] = []) => (await connection.query(text, values)).rows as Row[],
      copy: (statement, data) => pipeline(Readable.from([data]), connection.query(copyFrom(statement))),
    });
    await connection.query("COMMIT");
    connection.release();
    return result;
  } catch (error) {
    // A connection that cannot even roll back is broken: it leaves the pool rather than going back.
    const broken = await connection.query("ROLLBACK").then(() => undefined, (rollbackError: Error) => rollbackError);
    connection.release(broken);
    throw error;
  }
}
