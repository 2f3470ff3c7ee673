import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** Policies whose violations mean a product is not fully documented (the documentation-completeness KPI). */
export const DOCUMENTATION_POLICY_IDS = ["DOC-001", "DOC-002", "SCHEMA-002"] as const;
export const SCORE_BUCKETS = 10;

/** Saves may commit a little after the time Prisma stamped into "updatedAt"; re-reading this margin catches them. */
const COMMIT_LAG_MS = 5_000;
/**
 * On a busy mesh saves arrive every second; rolling them up at most this often keeps every
 * dashboard request cheap, at the price of figures up to this old.
 */
export const ROLLUP_MAX_AGE_MS = 15_000;
const ROLLUP_LOCK = 72_410_001;

type Db = PrismaClient | Prisma.TransactionClient;

const bucketColumns = Prisma.join(
  Array.from({ length: SCORE_BUCKETS }, (_, bucket) => Prisma.sql`(count(*) FILTER (WHERE least(p."governanceScore" / 10, ${SCORE_BUCKETS - 1}) = ${bucket}))::int`),
);

/**
 * Rebuilds the per-(domain, team) aggregates the dashboard reads, for the given domains or all.
 * Retired products no longer count towards the mesh's health, as on the home page.
 */
export async function refreshGovernanceRollups(db: Db, domainIds: number[] | "all") {
  const all = domainIds === "all";
  const ids = all ? [] : domainIds;
  if (!all && ids.length === 0) return;
  const inScope = all ? Prisma.sql`TRUE` : Prisma.sql`p."domainId" = ANY(${ids}::int[])`;
  await db.$executeRaw`DELETE FROM "governance_rollups" p WHERE ${inScope}`;
  await db.$executeRaw`DELETE FROM "governance_policy_rollups" p WHERE ${inScope}`;
  await db.$executeRaw`
    INSERT INTO "governance_rollups" ("domainId", "owningTeamId", "products", "scoreSum", "errors", "warnings", "scoreBuckets",
                                      "sloMet", "sloAtRisk", "sloBreached", "documented", "consumers", "crossDomain", "active", "crossDomainEdges", "computedAt")
    SELECT p."domainId", p."owningTeamId", count(*)::int, sum(p."governanceScore")::int, sum(p."errorCount")::int, sum(p."warningCount")::int,
           ARRAY[${bucketColumns}],
           (count(*) FILTER (WHERE p."sloState" = 'MET'))::int,
           (count(*) FILTER (WHERE p."sloState" = 'AT_RISK'))::int,
           (count(*) FILTER (WHERE p."sloState" = 'BREACHED'))::int,
           (count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "governance_results" g
                                               WHERE g."productId" = p."id" AND g."policyId" = ANY(${[...DOCUMENTATION_POLICY_IDS]}::text[]))))::int,
           sum(p."consumerCount")::int,
           (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "lineage_edges" e WHERE e."downstreamProductId" = p."id" AND e."crossDomain")))::int,
           (count(*) FILTER (WHERE p."status" = 'ACTIVE'))::int,
           coalesce(sum((SELECT count(*) FROM "lineage_edges" e WHERE e."downstreamProductId" = p."id" AND e."crossDomain")), 0)::int,
           now()
    FROM "data_products" p
    WHERE p."status" <> 'RETIRED' AND ${inScope}
    GROUP BY p."domainId", p."owningTeamId"`;
  await db.$executeRaw`
    INSERT INTO "governance_policy_rollups" ("domainId", "owningTeamId", "policyId", "severity", "products", "violations")
    SELECT p."domainId", p."owningTeamId", g."policyId", min(g."severity"), count(*)::int, sum(json_array_length(g."findings"))::int
    FROM "governance_results" g JOIN "data_products" p ON p."id" = g."productId"
    WHERE p."status" <> 'RETIRED' AND ${inScope}
    GROUP BY p."domainId", p."owningTeamId", g."policyId"`;
}

/**
 * Brings the rollups up to date with products saved since the last refresh (at most every
 * ROLLUP_MAX_AGE_MS): finds their domains
 * through the ("updatedAt", "id") index and refreshes only those. Cheap when nothing changed,
 * which is the dashboard's usual case. Writers that change scores without an edit (recompute,
 * SLO measurements, the daily snapshot) refresh the rollups themselves.
 */
export async function ensureGovernanceRollups(db: PrismaClient, now = new Date()) {
  const [state] = await db.$queryRaw<{ watermark: Date }[]>`SELECT "watermark" FROM "governance_rollup_state" WHERE "id" = 1`;
  if (state && now.getTime() - (state.watermark.getTime() + COMMIT_LAG_MS) < ROLLUP_MAX_AGE_MS) return;
  if (state && !(await domainsSavedSince(db, state.watermark)).length) return;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROLLUP_LOCK})`;
      const [current] = await tx.$queryRaw<{ watermark: Date }[]>`SELECT "watermark" FROM "governance_rollup_state" WHERE "id" = 1`;
      await refreshGovernanceRollups(tx, current ? await domainsSavedSince(tx, current.watermark) : "all");
      await markRollupsFresh(tx, now);
    },
    { timeout: 120_000 },
  );
}

/** After a full refresh: nothing saved before `now` needs rolling up again. */
export async function markRollupsFresh(db: Db, now = new Date()) {
  const watermark = new Date(now.getTime() - COMMIT_LAG_MS);
  await db.$executeRaw`
    INSERT INTO "governance_rollup_state" ("id", "watermark") VALUES (1, ${watermark})
    ON CONFLICT ("id") DO UPDATE SET "watermark" = GREATEST("governance_rollup_state"."watermark", EXCLUDED."watermark")`;
}

async function domainsSavedSince(db: Db, watermark: Date): Promise<number[]> {
  const rows = await db.$queryRaw<{ domainId: number }[]>`SELECT DISTINCT "domainId" FROM "data_products" WHERE "updatedAt" > ${watermark}`;
  return rows.map((row) => row.domainId);
}

/**
 * After SLO states changed without an edit (measurements arrived): recounts the SLO columns of
 * just the affected (domain, team) rollups from their products, instead of rebuilding the domains.
 * A group without a rollup row yet (never rolled up) gets its domain rebuilt.
 */
export async function refreshSloRollups(db: Db, groups: { domainId: number; owningTeamId: number }[]) {
  if (!groups.length) return;
  const domainIds = groups.map((group) => group.domainId);
  const teamIds = groups.map((group) => group.owningTeamId);
  const updated = await db.$queryRaw<{ domainId: number; owningTeamId: number }[]>`
    UPDATE "governance_rollups" r
       SET "sloMet" = c.met, "sloAtRisk" = c."atRisk", "sloBreached" = c.breached
      FROM (SELECT p."domainId", p."owningTeamId",
                   (count(*) FILTER (WHERE p."sloState" = 'MET'))::int AS met,
                   (count(*) FILTER (WHERE p."sloState" = 'AT_RISK'))::int AS "atRisk",
                   (count(*) FILTER (WHERE p."sloState" = 'BREACHED'))::int AS breached
              FROM "data_products" p
              JOIN unnest(${domainIds}::int[], ${teamIds}::int[]) AS g("domainId", "owningTeamId")
                ON g."domainId" = p."domainId" AND g."owningTeamId" = p."owningTeamId"
             WHERE p."status" <> 'RETIRED'
             GROUP BY 1, 2) c
     WHERE r."domainId" = c."domainId" AND r."owningTeamId" = c."owningTeamId"
    RETURNING r."domainId", r."owningTeamId"`;
  const done = new Set(updated.map((row) => `${row.domainId}:${row.owningTeamId}`));
  const missing = groups.filter((group) => !done.has(`${group.domainId}:${group.owningTeamId}`));
  await refreshGovernanceRollups(db, [...new Set(missing.map((group) => group.domainId))]);
}
