import "server-only";
import { queryDirect } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

type Db = Pick<PrismaClient, "$queryRaw">;

export interface Traversal {
  /** product id → hops from the start (always positive; the caller signs it) */
  levels: Map<number, number>;
  /** product id → the node it was first reached from, for the connecting path */
  parents: Map<number, number>;
  truncated: boolean;
}

/**
 * Breadth-first over lineage_edges, one indexed query per level (raw SQL: Prisma cannot bind an
 * "id = ANY(array)" scan with DISTINCT and a LIMIT; sent past Prisma's per-query work, which the
 * levels, one after another, would pay each time). A recursive CTE carrying the depth revisits a
 * hub's children once per path and explodes (NOTES-performance.md); here every node is visited once
 * and the cap acts inside the query, so a hub with 24,000 children costs one LIMITed index scan.
 * Cycles cannot loop: a node already visited is never a frontier again.
 */
export async function traverse(
  db: Db,
  startId: number,
  direction: "upstream" | "downstream",
  depth: number,
  cap: number,
  /** neighbours of the start not to step to (field-level impact: readers that do not use the field) */
  skipFirstHop: readonly number[] = [],
): Promise<Traversal> {
  const levels = new Map<number, number>([[startId, 0]]);
  const parents = new Map<number, number>();
  let frontier = [startId];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const remaining = cap - (levels.size - 1);
    if (remaining <= 0) {
      truncated = await hasMoreBeyond(db, frontier, [...levels.keys()], direction);
      break;
    }
    const visited = level === 1 ? [...levels.keys(), ...skipFirstHop] : [...levels.keys()];
    // One row per new node, with one of the frontier nodes that reaches it; LIMIT remaining + 1 tells truncation apart.
    const rows =
      direction === "downstream"
        ? await queryDirect<{ node: number; via: number }>(db, Prisma.sql`
            SELECT DISTINCT ON (e."downstreamProductId") e."downstreamProductId" AS node, e."upstreamProductId" AS via
              FROM "lineage_edges" e
             WHERE e."upstreamProductId" = ANY(${frontier}::int[]) AND NOT (e."downstreamProductId" = ANY(${visited}::int[]))
             LIMIT ${remaining + 1}`)
        : await queryDirect<{ node: number; via: number }>(db, Prisma.sql`
            SELECT DISTINCT ON (e."upstreamProductId") e."upstreamProductId" AS node, e."downstreamProductId" AS via
              FROM "lineage_edges" e
             WHERE e."downstreamProductId" = ANY(${frontier}::int[]) AND e."upstreamProductId" IS NOT NULL
               AND NOT (e."upstreamProductId" = ANY(${visited}::int[]))
             LIMIT ${remaining + 1}`);
    if (rows.length > remaining) {
      truncated = true;
      rows.length = remaining;
    }
    frontier = [];
    for (const row of rows) {
      levels.set(row.node, level);
      parents.set(row.node, row.via);
      frontier.push(row.node);
    }
    if (truncated) break;
  }
  return { levels, parents, truncated };
}

async function hasMoreBeyond(db: Db, frontier: number[], visited: number[], direction: "upstream" | "downstream"): Promise<boolean> {
  const rows =
    direction === "downstream"
      ? await queryDirect(db, Prisma.sql`SELECT 1 FROM "lineage_edges" e WHERE e."upstreamProductId" = ANY(${frontier}::int[]) AND NOT (e."downstreamProductId" = ANY(${visited}::int[])) LIMIT 1`)
      : await queryDirect(db, Prisma.sql`SELECT 1 FROM "lineage_edges" e WHERE e."downstreamProductId" = ANY(${frontier}::int[]) AND e."upstreamProductId" IS NOT NULL AND NOT (e."upstreamProductId" = ANY(${visited}::int[])) LIMIT 1`);
  return rows.length > 0;
}
