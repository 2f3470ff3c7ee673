import pg from "pg";
import { loadCallerFrom } from "../../lib/auth/load-caller";
import type { Caller } from "../../lib/auth/permissions";
import { seedDemoMesh } from "../../scripts/seed-demo";
import { createTestDatabase, type TestDatabase } from "./test-database";

export interface DemoMeshDatabase extends TestDatabase {
  /** bare SQL, to check what the app wrote without going through it */
  sql: pg.Client;
  /** a demo user as the rights checks see them */
  callerFor(email: string): Promise<Caller>;
}

/** A fresh database of its own with the demo mesh loaded, for one test file. */
export async function createDemoMeshDatabase(): Promise<DemoMeshDatabase> {
  const database = await createTestDatabase();
  await seedDemoMesh(database.db);
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  return {
    ...database,
    sql,
    async callerFor(email) {
      const caller = await loadCallerFrom(database.db, { email });
      if (!caller) throw new Error(`no demo user ${email}`);
      return caller;
    },
    async drop() {
      await sql.end();
      await database.drop();
    },
  };
}
