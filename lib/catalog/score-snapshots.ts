import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { markRollupsFresh, refreshGovernanceRollups } from "./governance-rollups";

/**
 * Records today's score of every product and the per-domain aggregate, so the dashboard draws
 * trends from a few thousand pre-aggregated rows instead of scanning history. Idempotent per day.
 * Also rebuilds the dashboard's rollups, which catches anything the incremental refresh missed.
 */
export async function snapshotScores(db: PrismaClient, now = new Date()) {
  const day = now.toISOString().slice(0, 10);
  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "product_score_snapshots" ("productId", "day", "score", "errors", "warnings")
      SELECT "id", ${day}::date, "governanceScore", "errorCount", "warningCount" FROM "data_products" WHERE "status" <> 'RETIRED'
      ON CONFLICT ("productId", "day") DO UPDATE SET "score" = EXCLUDED."score", "errors" = EXCLUDED."errors", "warnings" = EXCLUDED."warnings"`,
    db.$executeRaw`
      INSERT INTO "domain_score_snapshots" ("domainId", "day", "averageScore", "products", "errors", "warnings", "sloCompliant")
      SELECT "domainId", ${day}::date, avg("governanceScore"), count(*), sum("errorCount"), sum("warningCount"),
             count(*) FILTER (WHERE "sloState" IN ('MET', 'AT_RISK'))
      FROM "data_products" WHERE "status" <> 'RETIRED' GROUP BY "domainId"
      ON CONFLICT ("domainId", "day") DO UPDATE SET "averageScore" = EXCLUDED."averageScore", "products" = EXCLUDED."products",
        "errors" = EXCLUDED."errors", "warnings" = EXCLUDED."warnings", "sloCompliant" = EXCLUDED."sloCompliant"`,
  ]);
  await db.$transaction(
    async (tx) => {
      await refreshGovernanceRollups(tx, "all");
      await markRollupsFresh(tx, now);
    },
    { timeout: 300_000 },
  );
}
