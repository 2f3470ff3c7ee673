/**
 * `npm start`: database, migrations, demo mesh, production build, then `next start`.
 * Flags: --dev (next dev instead of a build), --data-dir DIR, --reset (recreate the embedded
 * database; used by the end-to-end tests).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { ConfigError, isDemoMode, parseEnv } from "../lib/config/env";
import { checkConnection, DatabaseUnreachableError } from "../lib/db/connect";
import { EmbeddedPostgresError, ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations, MigrationError } from "../lib/db/migrate";
import { withServerNodeOptions } from "./server-node-options";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const reset = args.includes("--reset");
const dataDirFlag = args.indexOf("--data-dir");

let embedded: RunningPostgres | undefined;
let web: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (web && web.exitCode === null) {
    web.kill("SIGTERM");
    await new Promise((resolve) => web?.once("exit", resolve));
  }
  if (embedded) {
    await embedded.stop().catch(() => undefined);
    console.log("meshwork: database stopped");
  }
  process.exit(code);
}
// Registered before anything starts, so Ctrl-C at any point leaves no server behind.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

async function main() {
  const env = parseEnv(process.env);
  const dataDir = path.resolve(dataDirFlag >= 0 ? args[dataDirFlag + 1] : env.MESHWORK_DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  await assertPortFree(env.PORT);

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    log(`starting embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir) || "."})`);
    embedded = await startEmbeddedPostgres(dataDir);
    await ensureDatabase(embedded.url("postgres"), "meshwork", { recreate: reset });
    databaseUrl = embedded.url("meshwork");
  } else {
    await checkConnection(databaseUrl);
  }

  const applied = await applyMigrations(databaseUrl, log);
  if (applied.length === 0) log("database schema is up to date");
  await recountQueuedConsumersAt(databaseUrl);

  const demo = isDemoMode(env);
  if (demo) {
    const { seedDemoMeshIfEmpty } = await import("./seed-demo");
    const seeded = await seedDemoMeshIfEmpty(databaseUrl);
    log(seeded ? `loaded the demo mesh (${seeded.products} data products in ${seeded.domains} domains)` : "database already has data; demo mesh not reloaded");
  }

  const authSecret = env.AUTH_SECRET ?? (demo || dev ? localAuthSecret(dataDir) : undefined);
  if (!authSecret) throw new ConfigError("Configuration error in AUTH_SECRET: set AUTH_SECRET (at least 32 characters) to run outside demo mode.");

  const childEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    MESHWORK_DEMO: String(demo),
    PORT: String(env.PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  if (!dev && buildIsStale()) {
    log("building the app (first start or sources changed)…");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });
    if (build.status !== 0) throw new Error("next build failed; see the output above");
  }
  web = spawn(next, [dev ? "dev" : "start", "-p", String(env.PORT)], { stdio: "inherit", env: { ...childEnv, NODE_OPTIONS: withServerNodeOptions(process.env.NODE_OPTIONS) } });
  log(`Meshwork is starting on http://localhost:${env.PORT}${demo ? " (demo logins are on the sign-in page)" : ""}`);
  web.on("exit", (code) => void shutdown(code ?? 0));
}

/** Consumer counts that batches queued before the last server stopped, recounted before it serves again. */
async function recountQueuedConsumersAt(databaseUrl: string) {
  const [{ createPrismaClient }, { recountQueuedConsumers }] = await Promise.all([import("../lib/db/client"), import("../lib/catalog/consumer-counts")]);
  const db = createPrismaClient(databaseUrl, 1);
  try {
    await recountQueuedConsumers(db);
  } finally {
    await db.$disconnect();
  }
}

function log(line: string) {
  console.log(`meshwork: ${line}`);
}

function localAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new ConfigError(`Port ${port} is already in use; stop what runs there or start with PORT=<another port> npm start.`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Rebuild when there is no build yet or any source is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const roots = ["app", "components", "lib", "public", "next.config.js", "package.json", "postcss.config.mjs"];
  const newer = (entry: string): boolean => {
    if (!existsSync(entry) || entry.includes("generated")) return false;
    const stat = statSync(entry);
    if (stat.isDirectory()) return readdirSync(entry).some((child) => newer(path.join(entry, child)));
    return stat.mtimeMs > builtAt;
  };
  return roots.some(newer);
}

main().catch(async (error: unknown) => {
  const known = [ConfigError, DatabaseUnreachableError, EmbeddedPostgresError, MigrationError].some((type) => error instanceof type);
  console.error(`meshwork: ${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}`);
  await shutdown(1);
});
