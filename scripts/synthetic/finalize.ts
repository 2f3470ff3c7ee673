/** After the bulk load: indexes back, derived columns, history for the dashboard, statistics. */
import type pg from "pg";
import { restoreForeignKeys, restoreIndexes, type ProgressLog, type SavedIndexes } from "./bulk";

const SEARCH_BATCH = 10_000;

/**
 * Order matters: the children's (productId, …) indexes come back first because
 * refresh_product_search looks up each product's ports and fields; the data_products indexes
 * come back only after its one full-table UPDATE, which would otherwise maintain all of them.
 */
export async function finalize(client: pg.ClientBase, saved: SavedIndexes, productCount: number, anchor: Date, log: ProgressLog, phase: <T>(name: string, work: () => Promise<T>) => Promise<T>): Promise<void> {
  await client.query("SET maintenance_work_mem = '1GB'");
  await phase("indexes on child tables", () => restoreIndexes(client, saved, ["output_ports", "product_schemas", "input_ports", "slos", "quality_checks", "governance_results", "lineage_edges", "team_memberships", "domains"], log));

  await phase("search vectors", async () => {
    for (let first = 1; first <= productCount; first += SEARCH_BATCH) {
      await client.query("SELECT refresh_product_search(ARRAY(SELECT generate_series($1::int, $2::int)))", [first, Math.min(first + SEARCH_BATCH - 1, productCount)]);
    }
    log(`search vectors for ${productCount.toLocaleString("en-US")} products`);
  });

  await phase("indexes on data_products", () => restoreIndexes(client, saved, ["data_products"], log));
  await phase("foreign keys", () => restoreForeignKeys(client, saved, log));

  await phase("domain score snapshots", async () => {
    // 90 days of history ending at today's real state; older days drift down a little per domain
    // (governance improves over time) with deterministic noise, so trend charts have a shape.
    const result = await client.query(
      `INSERT INTO "domain_score_snapshots" ("domainId", "day", "averageScore", "products", "errors", "warnings", "sloCompliant")
       SELECT s."domainId", ($1::date - g.i),
              round(greatest(0, least(100, s.avg_score - g.i * (abs(hashtext(s."domainId"::text)) % 8) / 100.0
                    + ((abs(hashtext(s."domainId" || ':' || g.i)) % 100) - 50) / 100.0))::numeric, 2)::float8,
              greatest(1, round(s.products * (1 - g.i * 0.002)))::int,
              round(s.errors * (1 + g.i * 0.004))::int,
              round(s.warnings * (1 + g.i * 0.003))::int,
              round(s.slo_met * (1 - g.i * 0.002))::int
         FROM (SELECT "domainId", avg("governanceScore") AS avg_score, count(*) AS products, sum("errorCount") AS errors,
                      sum("warningCount") AS warnings, count(*) FILTER (WHERE "sloState" = 'MET') AS slo_met
                 FROM "data_products" WHERE "status" <> 'RETIRED' GROUP BY "domainId") s
        CROSS JOIN generate_series(0, 89) AS g(i)`,
      [anchor.toISOString().slice(0, 10)],
    );
    log(`loaded  domain_score_snapshots ${String(result.rowCount ?? 0).padStart(13)} rows`);
  });

  await phase("sequences", async () => {
    // Rows were inserted with explicit ids; later inserts through the app must not collide.
    for (const table of ["users", "teams", "domains", "source_systems", "data_products"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT coalesce(max("id"), 0) + 1 FROM "${table}"), false)`, [`"${table}"`]);
    }
  });

  // VACUUM, not just ANALYZE: it also sets the visibility map, so index-only scans behave as on a
  // long-running database instead of fetching every heap page of a freshly loaded one.
  await phase("vacuum analyze", () => client.query("VACUUM (ANALYZE)"));
}
