import "server-only";
import { prisma, type Db } from "@/lib/db/prisma";
import type { DomainKind } from "@/lib/spec/enums";
import { fromDbDomainKind } from "./enum-mapping";
import { NotFoundError } from "./errors";

export interface DomainSummary {
  slug: string;
  name: string;
  description: string | null;
  kind: DomainKind;
  team: { slug: string; name: string };
  products: number;
  averageScore: number | null;
}

export async function listDomains(db: Db = prisma): Promise<DomainSummary[]> {
  const [domains, stats] = await Promise.all([
    db.domain.findMany({ orderBy: { name: "asc" }, include: { owningTeam: { select: { slug: true, name: true } } } }),
    db.dataProduct.groupBy({ by: ["domainId"], where: { status: { not: "RETIRED" } }, _count: true, _avg: { governanceScore: true } }),
  ]);
  const byDomain = new Map(stats.map((row) => [row.domainId, row]));
  return domains.map((domain) => ({
    slug: domain.slug,
    name: domain.name,
    description: domain.description,
    kind: fromDbDomainKind(domain.kind),
    team: domain.owningTeam,
    products: byDomain.get(domain.id)?._count ?? 0,
    averageScore: byDomain.get(domain.id)?._avg.governanceScore ?? null,
  }));
}

export async function getDomainOrThrow(slug: string) {
  const domain = await prisma.domain.findUnique({
    where: { slug },
    include: {
      owningTeam: { select: { slug: true, name: true, email: true, chatChannel: true } },
      products: {
        orderBy: [{ status: "asc" }, { title: "asc" }],
        select: { name: true, title: true, status: true, governanceScore: true, sloState: true, consumerCount: true, semanticVersion: true },
      },
    },
  });
  if (!domain) throw new NotFoundError(`No domain "${slug}"`);
  const neighbours = await prisma.$queryRaw<{ direction: "upstream" | "downstream"; slug: string; name: string; edges: bigint }[]>`
    SELECT 'upstream' AS direction, ud."slug", ud."name", count(*) AS edges
    FROM "lineage_edges" e JOIN "data_products" down ON down."id" = e."downstreamProductId"
    JOIN "data_products" up ON up."id" = e."upstreamProductId" JOIN "domains" ud ON ud."id" = up."domainId"
    WHERE down."domainId" = ${domain.id} AND up."domainId" <> ${domain.id} GROUP BY ud."slug", ud."name"
    UNION ALL
    SELECT 'downstream', dd."slug", dd."name", count(*)
    FROM "lineage_edges" e JOIN "data_products" up ON up."id" = e."upstreamProductId"
    JOIN "data_products" down ON down."id" = e."downstreamProductId" JOIN "domains" dd ON dd."id" = down."domainId"
    WHERE up."domainId" = ${domain.id} AND down."domainId" <> ${domain.id} GROUP BY dd."slug", dd."name"
    ORDER BY 4 DESC`;
  return {
    ...domain,
    kind: fromDbDomainKind(domain.kind),
    upstreamDomains: neighbours.filter((row) => row.direction === "upstream").map((row) => ({ slug: row.slug, name: row.name, edges: Number(row.edges) })),
    downstreamDomains: neighbours.filter((row) => row.direction === "downstream").map((row) => ({ slug: row.slug, name: row.name, edges: Number(row.edges) })),
  };
}
