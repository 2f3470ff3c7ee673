import "server-only";
import { prisma } from "@/lib/db/prisma";

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
export async function getMeshOverview(): Promise<MeshOverview> {
  const [row] = await prisma.$queryRaw<
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
