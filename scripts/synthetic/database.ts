/**
 * Where the synthetic catalog lives: a database of its own (`meshwork_bench`) on an embedded
 * server under .data/bench, never the development database, or a server the caller names.
 * Shared by the generator and the benchmark harness so both always talk about the same data.
 */
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";

export const BENCH_DATA_DIR = ".data/bench";
export const BENCH_DATABASE = "meshwork_bench";

export interface BenchDatabase {
  url: string;
  /** true when this process started the server and must stop it */
  embedded: boolean;
  stop(): Promise<void>;
}

export class BenchDatabaseMissingError extends Error {}

/**
 * `mode: "recreate"` drops and recreates meshwork_bench (generator); `"existing"` refuses to
 * create anything (benchmark), so a forgotten generator run is reported instead of timing an
 * empty database.
 */
export async function openBenchDatabase(options: { url?: string; mode: "recreate" | "existing"; log: (line: string) => void }): Promise<BenchDatabase> {
  if (options.url) return { url: options.url, embedded: false, stop: async () => undefined };
  options.log(`starting embedded PostgreSQL (data in ${BENCH_DATA_DIR})`);
  const server: RunningPostgres = await startEmbeddedPostgres(BENCH_DATA_DIR);
  const database: BenchDatabase = { url: server.url(BENCH_DATABASE), embedded: true, stop: () => server.stop() };
  try {
    if (options.mode === "recreate") {
      await ensureDatabase(server.url("postgres"), BENCH_DATABASE, { recreate: true });
    } else if (!(await databaseExists(server.url("postgres"), BENCH_DATABASE))) {
      throw new BenchDatabaseMissingError(`database ${BENCH_DATABASE} does not exist in ${BENCH_DATA_DIR}`);
    }
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
  return database;
}

async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

/** Stops an embedded server on Ctrl-C too, so no postgres is left running on .data/bench. */
export function stopOnSignals(database: () => BenchDatabase | undefined, log: (line: string) => void): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const running = database();
      log(`${signal}: stopping`);
      void (running?.embedded ? running.stop() : Promise.resolve()).catch(() => undefined).finally(() => process.exit(130));
    });
  }
}
