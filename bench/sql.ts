/**
 * Ad-hoc queries against the benchmark database, for looking at the synthetic data or a plan:
 *   npx tsx bench/sql.ts 'SELECT status, count(*) FROM data_products GROUP BY 1'
 * Starts the embedded server on .data/bench for the duration unless BENCH_DATABASE_URL is set.
 */
import pg from "pg";
import { openBenchDatabase } from "../scripts/synthetic/database";

const queries = process.argv.slice(2);
if (queries.length === 0) {
  console.error("usage: npx tsx bench/sql.ts 'SQL' ['SQL' …]");
  process.exit(2);
}
const database = await openBenchDatabase({ url: process.env.BENCH_DATABASE_URL, mode: "existing", log: () => undefined });
const client = new pg.Client({ connectionString: database.url });
try {
  await client.connect();
  for (const sql of queries) {
    const result = await client.query(sql);
    console.log(`> ${sql}`);
    console.table(result.rows);
  }
} finally {
  await client.end().catch(() => undefined);
  await database.stop();
}
