import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Db } from "@/lib/db/prisma";

export interface MeshOverview {
  domains: number;
  products: number;
  activeProducts: number;
  averageScore: number | null;
  /** share of products with SLO data whose SLOs are met (at-risk still counts as meeting) */
  sloCompliance: number | null;
  crossDomainEdges: number;
}

/** One round trip of aggregates; retired products no longer count towards the mesh's health. */
export async function getMeshOverview(db: Db = prisma): Promise<MeshOverview> {
  const [row] = await db.$queryRaw<
    { domains: bigint; products: bigint; active: bigint; avgScore: number | null; withSlo: bigint; meeting: bigint; crossDomain: bigint }[]
  >`
    SELECT (SELECT count(*) FROM "domains") AS domains,
           count(*) AS products,
           count(*) FILTER (WHERE "status" = 'ACTIVE') AS active,
           avg("governanceScore")::float AS "avgScore",
           count(*) FILTER (WHERE "sloState" <> 'NONE') AS "withSlo",
           count(*) FILTER (WHERE "sloState" IN ('MET', 'AT_RISK')) AS meeting,
           (SELECT count(*) FROM "lineage_edges" WHERE "crossDomain") AS "crossDomain"
    FROM "data_products" WHERE "status" <> 'RETIRED'`;
  return {
    domains: Number(row.domains),
    products: Number(row.products),
    activeProducts: Number(row.active),
    averageScore: row.avgScore === null ? null : Math.round(row.avgScore * 10) / 10,
    sloCompliance: Number(row.withSlo) ? Number(row.meeting) / Number(row.withSlo) : null,
    crossDomainEdges: Number(row.crossDomain),
  };
}

export interface HomeProduct {
  ref: string;
  title: string;
  domainName: string;
  status: string;
  governanceScore: number;
  consumerCount: number;
  errorCount: number;
  sloState: "NONE" | "MET" | "AT_RISK" | "BREACHED";
}

export interface HomeLists {
  mostUsed: HomeProduct[];
  bestGoverned: HomeProduct[];
  needsAttention: HomeProduct[];
}

const HOME_LIST_SIZE = 5;
const BEST_GOVERNED_SCORE = 95;

/**
 * The home page's short lists. Retired products are left out, and restricted ones unless the
 * viewer may read them (the same rule as search). Every list is ordered by consumers, so each is a
 * walk down the consumerCount index that stops after a few rows: the most used products first,
 * the best governed among the well-scored, and the most used among those needing attention
 * (where a problem hurts the most readers).
 */
export async function getHomeLists(viewer: { readsAllRestricted: boolean; teamIds: number[] }, db: Db = prisma): Promise<HomeLists> {
  const visible: Prisma.DataProductWhereInput = viewer.readsAllRestricted
    ? {}
    : {
        OR: [
          { classification: null },
          { classification: { not: "RESTRICTED" } },
          { owningTeamId: { in: viewer.teamIds } },
          { domain: { owningTeamId: { in: viewer.teamIds } } },
        ],
      };
  const select = {
    name: true,
    title: true,
    status: true,
    governanceScore: true,
    consumerCount: true,
    errorCount: true,
    sloState: true,
    domain: { select: { slug: true, name: true } },
  } satisfies Prisma.DataProductSelect;
  const live: Prisma.DataProductWhereInput = { status: { not: "RETIRED" }, ...visible };
  const [mostUsed, bestGoverned, needsAttention] = await Promise.all([
    db.dataProduct.findMany({ where: live, orderBy: [{ consumerCount: "desc" }, { id: "asc" }], take: HOME_LIST_SIZE, select }),
    db.dataProduct.findMany({
      where: { ...visible, status: "ACTIVE", governanceScore: { gte: BEST_GOVERNED_SCORE } },
      orderBy: [{ consumerCount: "desc" }, { id: "asc" }],
      take: HOME_LIST_SIZE,
      select,
    }),
    db.dataProduct.findMany({
      where: { AND: [live, { OR: [{ sloState: "BREACHED" }, { errorCount: { gt: 0 } }] }] },
      orderBy: [{ consumerCount: "desc" }, { id: "asc" }],
      take: HOME_LIST_SIZE,
      select,
    }),
  ]);
  const toHome = (rows: typeof mostUsed): HomeProduct[] =>
    rows.map((row) => ({
      ref: `${row.domain.slug}/${row.name}`,
      title: row.title,
      domainName: row.domain.name,
      status: row.status.toLowerCase(),
      governanceScore: row.governanceScore,
      consumerCount: row.consumerCount,
      errorCount: row.errorCount,
      sloState: row.sloState,
    }));
  return { mostUsed: toHome(mostUsed), bestGoverned: toHome(bestGoverned), needsAttention: toHome(needsAttention) };
}
