import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { fromDbStatus } from "./enum-mapping";
import { findingsOf } from "./governance-results";
import { DOCUMENTATION_POLICY_IDS } from "./governance-rollups";

export const SLO_FILTERS = ["met", "at-risk", "breached", "none"] as const;
export type SloFilter = (typeof SLO_FILTERS)[number];

/** The lists behind the dashboard's numbers; every filter is optional and they combine. */
export interface GovernanceProductQuery {
  domain?: string;
  team?: string;
  policy?: string;
  slo?: SloFilter;
  /** score band 0..9: scores 0–9 … 90–100 */
  band?: number;
  documented?: boolean;
  crossDomain?: boolean;
  withErrors?: boolean;
  page?: number;
}

export const GOVERNANCE_PAGE_SIZE = 50;
/** Findings of the filtered policy shown per product; the product's page lists them all. */
const FINDINGS_SHOWN = 3;
const SLO_STATE = { met: "MET", "at-risk": "AT_RISK", breached: "BREACHED", none: "NONE" } as const;

/** Worst score first: these lists are to-do lists. Retired products are left out, as on the dashboard. */
export async function listGovernanceProducts(db: PrismaClient, query: GovernanceProductQuery) {
  const where: Prisma.DataProductWhereInput = {
    status: { not: "RETIRED" },
    ...(query.domain ? { domain: { slug: query.domain } } : {}),
    ...(query.team ? { owningTeam: { slug: query.team } } : {}),
    ...(query.slo ? { sloState: SLO_STATE[query.slo] } : {}),
    ...(query.band !== undefined ? { governanceScore: { gte: query.band * 10, lte: query.band === 9 ? 100 : query.band * 10 + 9 } } : {}),
    ...(query.withErrors ? { errorCount: { gt: 0 } } : {}),
    ...(query.crossDomain ? { upstreamEdges: { some: { crossDomain: true } } } : {}),
    AND: [
      query.policy ? { governanceResults: { some: { policyId: query.policy } } } : {},
      query.documented === undefined
        ? {}
        : { governanceResults: { [query.documented ? "none" : "some"]: { policyId: { in: [...DOCUMENTATION_POLICY_IDS] } } } },
    ],
  };
  const page = Math.max(1, query.page ?? 1);
  const [total, rows] = await Promise.all([
    db.dataProduct.count({ where }),
    db.dataProduct.findMany({
      where,
      orderBy: [{ governanceScore: "asc" }, { id: "asc" }],
      skip: (page - 1) * GOVERNANCE_PAGE_SIZE,
      take: GOVERNANCE_PAGE_SIZE,
      select: {
        name: true,
        title: true,
        status: true,
        governanceScore: true,
        errorCount: true,
        warningCount: true,
        sloState: true,
        consumerCount: true,
        domain: { select: { slug: true } },
        owningTeam: { select: { slug: true, name: true } },
        governanceResults: query.policy ? { where: { policyId: query.policy }, select: { findings: true } } : false,
      },
    }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / GOVERNANCE_PAGE_SIZE)),
    items: rows.map((row) => ({
      ref: `${row.domain.slug}/${row.name}`,
      domain: row.domain.slug,
      name: row.name,
      title: row.title,
      status: fromDbStatus(row.status),
      score: row.governanceScore,
      errors: row.errorCount,
      warnings: row.warningCount,
      sloState: row.sloState,
      consumers: row.consumerCount,
      team: row.owningTeam,
      findings: (row.governanceResults ?? []).flatMap(findingsOf).slice(0, FINDINGS_SHOWN).map(({ path, message }) => ({ path, message })),
    })),
  };
}
