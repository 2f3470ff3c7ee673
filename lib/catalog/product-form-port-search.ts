import "server-only";
import type { Caller } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { fromDbStatus } from "./enum-mapping";

export interface OutputPortMatch {
  /** `domain/name` of the product serving the port. */
  product: string;
  productTitle: string;
  status: ReturnType<typeof fromDbStatus>;
  port: string;
  technology: string;
}

const LIMIT = 8;

/**
 * Output ports an input port can bind to, for the form's search-as-you-type combobox.
 * Matches product name, title, domain or port name; retired products are left out (nobody should
 * start reading them) and restricted products only show to those who may read them.
 */
export async function searchOutputPorts(db: PrismaClient, caller: Caller, query: string, exclude?: string): Promise<OutputPortMatch[]> {
  const term = query.trim().slice(0, 100);
  if (!term) return [];
  const contains = { contains: term, mode: "insensitive" } as const;
  const seesRestricted = caller.role === "ADMIN" || caller.role === "GOVERNANCE_LEAD";
  const teamIds = caller.teams.map((team) => team.teamId);
  const [excludeDomain, excludeName] = exclude?.split("/") ?? [];
  const where: Prisma.OutputPortWhereInput = {
    product: {
      status: { not: "RETIRED" },
      ...(seesRestricted ? {} : { OR: [{ classification: null }, { classification: { not: "RESTRICTED" } }, { owningTeamId: { in: teamIds } }, { domain: { owningTeamId: { in: teamIds } } }] }),
      ...(excludeName ? { NOT: { name: excludeName, domain: { slug: excludeDomain } } } : {}),
    },
    OR: [{ name: contains }, { product: { name: contains } }, { product: { title: contains } }, { product: { domain: { slug: contains } } }],
  };
  const rows = await db.outputPort.findMany({
    where,
    take: LIMIT,
    orderBy: [{ product: { consumerCount: "desc" } }, { product: { name: "asc" } }, { position: "asc" }],
    select: { name: true, technology: true, product: { select: { name: true, title: true, status: true, domain: { select: { slug: true } } } } },
  });
  return rows.map((row) => ({
    product: `${row.product.domain.slug}/${row.product.name}`,
    productTitle: row.product.title,
    status: fromDbStatus(row.product.status),
    port: row.name,
    technology: row.technology,
  }));
}
