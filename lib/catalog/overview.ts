import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Db } from "@/lib/db/prisma";
import type { DomainSummary } from "./domains";
import { fromDbDomainKind } from "./enum-mapping";
import { ensureGovernanceRollups } from "./governance-rollups";

export interface MeshOverview {
  domains: number;
  products: number;
  activeProducts: number;
  averageScore: number | null;
  /** share of products with SLO data whose SLOs are met (at-risk still counts as meeting) */
  sloCompliance: number | null;
  crossDomainEdges: number;
}

export interface HomeOverview {
  overview: MeshOverview;
  /** the domain grid, with each domain's live products and average score */
  domains: DomainSummary[];
}

/**
 * The home page's figures and domain grid from the per-(domain, team) governance rollups: a few
 * hundred rows instead of aggregating 100k products and 1M edges on every visit. The rollups are
 * brought up to date first (cheap when nothing was saved), so the figures are at most
 * ROLLUP_MAX_AGE_MS old, as on the governance dashboard. Retired products no longer count
 * towards the mesh's health.
 */
export async function getHomeOverview(db: Db = prisma): Promise<HomeOverview> {
  await ensureGovernanceRollups(db);
  const [overview, domains] = await Promise.all([meshOverview(db), homeDomains(db)]);
  return { overview, domains };
}

async function meshOverview(db: Db): Promise<MeshOverview> {
  const [row] = await db.$queryRaw<
    { domains: number; products: number; active: number; scoreSum: number; withSlo: number; meeting: number; crossDomain: number }[]
  >`
    SELECT (SELECT count(*) FROM "domains")::int AS domains,
           coalesce(sum("products"), 0)::int AS products,
           coalesce(sum("active"), 0)::int AS active,
           coalesce(sum("scoreSum"), 0)::float8 AS "scoreSum",
           coalesce(sum("sloMet" + "sloAtRisk" + "sloBreached"), 0)::int AS "withSlo",
           coalesce(sum("sloMet" + "sloAtRisk"), 0)::int AS meeting,
           coalesce(sum("crossDomainEdges"), 0)::int AS "crossDomain"
      FROM "governance_rollups"`;
  return {
    domains: row.domains,
    products: row.products,
    activeProducts: row.active,
    averageScore: row.products ? Math.round((row.scoreSum / row.products) * 10) / 10 : null,
    sloCompliance: row.withSlo ? row.meeting / row.withSlo : null,
    crossDomainEdges: row.crossDomain,
  };
}

/** The same shape as listDomains, which aggregates every product: fine for /domains, not for the page everyone lands on. */
async function homeDomains(db: Db): Promise<DomainSummary[]> {
  const rows = await db.$queryRaw<
    { slug: string; name: string; description: string | null; kind: Parameters<typeof fromDbDomainKind>[0]; teamSlug: string; teamName: string; products: number; scoreSum: number }[]
  >`
    SELECT d."slug", d."name", d."description", d."kind"::text AS kind, t."slug" AS "teamSlug", t."name" AS "teamName",
           coalesce(r."products", 0)::int AS products, coalesce(r."scoreSum", 0)::float8 AS "scoreSum"
      FROM "domains" d JOIN "teams" t ON t."id" = d."owningTeamId"
      LEFT JOIN (SELECT "domainId", sum("products") AS products, sum("scoreSum") AS "scoreSum" FROM "governance_rollups" GROUP BY 1) r ON r."domainId" = d."id"
     ORDER BY d."name"`;
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    description: row.description,
    kind: fromDbDomainKind(row.kind),
    team: { slug: row.teamSlug, name: row.teamName },
    products: row.products,
    averageScore: row.products ? row.scoreSum / row.products : null,
  }));
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
