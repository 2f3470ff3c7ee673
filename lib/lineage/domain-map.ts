import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DomainConnection, DomainMapNode } from "./domain-map-types";

type Db = Pick<PrismaClient, "$queryRaw">;

/** Domains as nodes, and the edges between them weighted by how many product edges cross. */
export async function getDomainMap(db: Db): Promise<{ domains: DomainMapNode[]; connections: DomainConnection[] }> {
  const [domains, connections] = await Promise.all([
    db.$queryRaw<DomainMapNode[]>`
      SELECT d."slug", d."name", count(p."id")::int AS products
        FROM "domains" d LEFT JOIN "data_products" p ON p."domainId" = d."id"
       GROUP BY d."id" ORDER BY d."name"`,
    getDomainConnections(db, 500),
  ]);
  return { domains, connections };
}

export async function getDomainConnections(db: Db, limit: number): Promise<DomainConnection[]> {
  return db.$queryRaw<DomainConnection[]>`
    SELECT ud."slug" AS "from", ud."name" AS "fromName", dd."slug" AS "to", dd."name" AS "toName", count(*)::int AS edges
      FROM "lineage_edges" e
      JOIN "data_products" up ON up."id" = e."upstreamProductId" JOIN "domains" ud ON ud."id" = up."domainId"
      JOIN "data_products" down ON down."id" = e."downstreamProductId" JOIN "domains" dd ON dd."id" = down."domainId"
     WHERE e."crossDomain"
     GROUP BY 1, 2, 3, 4 ORDER BY edges DESC, 2, 4 LIMIT ${limit}`;
}

/** The products with the most readers, as starting points for the graph. */
export async function getMostReadProducts(db: Pick<PrismaClient, "dataProduct">, take: number) {
  return db.dataProduct.findMany({
    where: { consumerCount: { gt: 0 } },
    orderBy: [{ consumerCount: "desc" }, { id: "asc" }],
    take,
    select: { name: true, title: true, consumerCount: true, domain: { select: { slug: true, name: true } } },
  });
}
