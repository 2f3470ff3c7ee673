import pg from "pg";

export class DatabaseUnreachableError extends Error {}

/** Fails with one sentence naming host and port when the server cannot be reached. */
export async function checkConnection(connectionString: string): Promise<void> {
  const url = new URL(connectionString);
  const where = `${url.hostname}:${url.port || 5432}`;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(`Cannot reach PostgreSQL at ${where} (database "${url.pathname.slice(1)}"): ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
