import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations, MigrationError } from "../../lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const databases: TestDatabase[] = [];
afterAll(async () => Promise.all(databases.map((database) => database.drop())));

async function emptyDatabase(): Promise<string> {
  const database = await createTestDatabase();
  databases.push(database);
  // Start from nothing: the template is already migrated, so drop its schema.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  await client.end();
  return database.url;
}

describe("applying migrations", () => {
  it("applies every migration once, recording it the way Prisma does", async () => {
    const url = await emptyDatabase();
    const applied = await applyMigrations(url);
    expect(applied).toEqual(await listMigrations());
    expect(await applyMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations"`);
    await client.end();
    expect(rows).toHaveLength(applied.length);
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].applied_steps_count).toBe(1);
    expect(rows[0].finished_at).not.toBeNull();
  });

  it("is safe when two instances start at the same time", async () => {
    const url = await emptyDatabase();
    const [first, second] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect([...first, ...second].sort()).toEqual(await listMigrations());
  });
});

describe("a failing migration", () => {
  it("is rolled back, named in the error, and leaves earlier migrations in place", async () => {
    const url = await emptyDatabase();
    const directory = await mkdtemp(path.join(tmpdir(), "migrations-"));
    const write = async (name: string, sql: string) => {
      await mkdir(path.join(directory, name));
      await writeFile(path.join(directory, name, "migration.sql"), sql);
    };
    await write("001_good", `CREATE TABLE "kept" ("id" INTEGER);`);
    await write("002_bad", `CREATE TABLE "half_done" ("id" INTEGER); SELECT * FROM "no_such_table";`);

    await expect(applyMigrations(url, () => {}, directory)).rejects.toThrow(new MigrationError("Migration 002_bad failed and was rolled back: relation \"no_such_table\" does not exist"));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
    const recorded = await client.query(`SELECT migration_name FROM "_prisma_migrations"`);
    await client.end();
    expect(tables.rows.map((row) => row.table_name)).toEqual(["_prisma_migrations", "kept"]);
    expect(recorded.rows.map((row) => row.migration_name)).toEqual(["001_good"]);
  });
});
