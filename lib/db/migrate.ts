import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql without Prisma's schema engine (which would try
 * to download itself). Rows go into Prisma's own _prisma_migrations table with the same checksum,
 * so `prisma migrate status` on a connected machine sees the same history.
 * An advisory lock serialises instances that start together; each migration runs in its own
 * transaction, so a failing one leaves the database as it was and is named in the error.
 */
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const LOCK_KEY = 7_243_911; // any constant shared by every Meshwork instance

export class MigrationError extends Error {}

export async function applyMigrations(
  connectionString: string,
  log: (line: string) => void = () => {},
  directory = MIGRATIONS_DIR,
): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    const pending = (await listMigrations(directory)).filter((name) => !done.has(name));
    for (const name of pending) {
      const sql = await readFile(path.join(directory, name, "migration.sql"));
      const checksum = createHash("sha256").update(sql).digest("hex");
      try {
        await client.query("BEGIN");
        await client.query(sql.toString("utf8"));
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
        log(`applied migration ${name}`);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${name} failed and was rolled back: ${(error as Error).message}`);
      }
    }
    return pending;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

export async function listMigrations(directory = MIGRATIONS_DIR): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}
