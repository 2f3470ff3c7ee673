import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { ensureGovernanceRollups, SCORE_BUCKETS } from "./governance-rollups";

export interface GovernanceFilter {
  domain?: string;
  team?: string;
}

export interface TrendPoint {
  day: string;
  averageScore: number | null;
  products: number;
  domains: number;
  /** share of all products whose SLOs are met or at risk that day */
  sloCompliance: number | null;
}

export interface DomainRow {
  slug: string;
  name: string;
  products: number;
  averageScore: number | null;
  errors: number;
  warnings: number;
  /** daily average score over the last 30 days, oldest first */
  trend: { day: string; averageScore: number }[];
}

export interface GovernanceSummary {
  filter: GovernanceFilter;
  mesh: { products: number; averageScore: number | null; errors: number; warnings: number; distribution: { from: number; to: number; products: number }[] };
  kpis: {
    domainsOnboarded: number;
    domainsTotal: number;
    productsPerDomain: number | null;
    /** share of products with SLO data that meet them (at risk still meets), as on the home page */
    sloCompliance: number | null;
    documentationCompleteness: number | null;
    documentedProducts: number;
    consumersPerProduct: number | null;
    crossDomainProducts: number;
  };
  slo: { met: number; atRisk: number; breached: number; noData: number };
  domains: DomainRow[];
  topPolicies: { policyId: string; severity: "error" | "warning"; products: number; violations: number }[];
  worstProducts: { ref: string; domain: string; name: string; title: string; score: number; errors: number; warnings: number }[];
  /** last 90 days, oldest first */
  trend: TrendPoint[];
}

const ratio = (part: number, whole: number) => (whole ? part / whole : null);
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * Everything the governance dashboard shows, from the pre-aggregated rollups (a few hundred rows
 * at 100k products) plus two indexed reads, so it stays fast on a large mesh. The API returns it as is.
 */
export async function getGovernanceSummary(db: PrismaClient, filter: GovernanceFilter = {}, now = new Date()): Promise<GovernanceSummary> {
  await ensureGovernanceRollups(db, now);
  const where = Prisma.sql`${filter.domain ? Prisma.sql`d."slug" = ${filter.domain}` : Prisma.sql`TRUE`} AND ${filter.team ? Prisma.sql`t."slug" = ${filter.team}` : Prisma.sql`TRUE`}`;
  const productWhere = Prisma.sql`p."status" <> 'RETIRED'
    ${filter.domain ? Prisma.sql`AND p."domainId" = (SELECT "id" FROM "domains" WHERE "slug" = ${filter.domain})` : Prisma.empty}
    ${filter.team ? Prisma.sql`AND p."owningTeamId" = (SELECT "id" FROM "teams" WHERE "slug" = ${filter.team})` : Prisma.empty}`;
  const since = new Date(now.getTime() - 90 * 86_400_000);

  const [rollups, policies, worst, domainsTotal, trendRows] = await Promise.all([
    db.$queryRaw<RollupRow[]>`
      SELECT d."slug", d."name", r."products", r."scoreSum", r."errors", r."warnings", r."scoreBuckets", r."sloMet", r."sloAtRisk", r."sloBreached",
             r."documented", r."consumers", r."crossDomain"
      FROM "governance_rollups" r JOIN "domains" d ON d."id" = r."domainId" JOIN "teams" t ON t."id" = r."owningTeamId"
      WHERE ${where}`,
    db.$queryRaw<{ policyId: string; severity: "ERROR" | "WARNING"; products: bigint; violations: bigint }[]>`
      SELECT r."policyId", min(r."severity") AS severity, sum(r."products") AS products, sum(r."violations") AS violations
      FROM "governance_policy_rollups" r JOIN "domains" d ON d."id" = r."domainId" JOIN "teams" t ON t."id" = r."owningTeamId"
      WHERE ${where}
      GROUP BY r."policyId" ORDER BY products DESC, r."policyId" LIMIT 10`,
    db.$queryRaw<{ domain: string; name: string; title: string; score: number; errors: number; warnings: number }[]>`
      SELECT d."slug" AS domain, p."name", p."title", p."governanceScore" AS score, p."errorCount" AS errors, p."warningCount" AS warnings
      FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId"
      WHERE ${productWhere}
      ORDER BY p."governanceScore", p."errorCount" DESC, p."id" LIMIT 10`,
    filter.domain ? Promise.resolve(1) : db.domain.count(),
    trendQuery(db, filter, since),
  ]);

  const sum = (pick: (row: RollupRow) => number) => rollups.reduce((total, row) => total + pick(row), 0);
  const products = sum((row) => row.products);
  const buckets = Array.from({ length: SCORE_BUCKETS }, (_, bucket) => sum((row) => row.scoreBuckets[bucket] ?? 0));
  const slo = { met: sum((row) => row.sloMet), atRisk: sum((row) => row.sloAtRisk), breached: sum((row) => row.sloBreached) };
  const measured = slo.met + slo.atRisk + slo.breached;
  const domains = byDomain(rollups);
  const documented = sum((row) => row.documented);

  return {
    filter,
    mesh: {
      products,
      averageScore: round1(ratio(sum((row) => row.scoreSum), products)),
      errors: sum((row) => row.errors),
      warnings: sum((row) => row.warnings),
      distribution: buckets.map((count, bucket) => ({ from: bucket * 10, to: bucket === SCORE_BUCKETS - 1 ? 100 : bucket * 10 + 9, products: count })),
    },
    kpis: {
      domainsOnboarded: domains.length,
      domainsTotal: Number(domainsTotal),
      productsPerDomain: round1(ratio(products, domains.length)),
      sloCompliance: ratio(slo.met + slo.atRisk, measured),
      documentationCompleteness: ratio(documented, products),
      documentedProducts: documented,
      consumersPerProduct: round1(ratio(sum((row) => row.consumers), products)),
      crossDomainProducts: sum((row) => row.crossDomain),
    },
    slo: { ...slo, noData: products - measured },
    domains: await withSparklines(db, domains, now),
    topPolicies: policies.map((row) => ({
      policyId: row.policyId,
      severity: row.severity === "ERROR" ? "error" : "warning",
      products: Number(row.products),
      violations: Number(row.violations),
    })),
    worstProducts: worst.map((row) => ({ ...row, ref: `${row.domain}/${row.name}` })),
    trend: trendRows,
  };
}

interface RollupRow {
  slug: string;
  name: string;
  products: number;
  scoreSum: number;
  errors: number;
  warnings: number;
  scoreBuckets: number[];
  sloMet: number;
  sloAtRisk: number;
  sloBreached: number;
  documented: number;
  consumers: number;
  crossDomain: number;
}

/** Worst average first, so the domains that need help lead the table. */
function byDomain(rows: RollupRow[]): Omit<DomainRow, "trend">[] {
  const domains = new Map<string, { slug: string; name: string; products: number; scoreSum: number; errors: number; warnings: number }>();
  for (const row of rows) {
    const domain = domains.get(row.slug) ?? { slug: row.slug, name: row.name, products: 0, scoreSum: 0, errors: 0, warnings: 0 };
    domain.products += row.products;
    domain.scoreSum += row.scoreSum;
    domain.errors += row.errors;
    domain.warnings += row.warnings;
    domains.set(row.slug, domain);
  }
  return [...domains.values()]
    .map(({ scoreSum, ...domain }) => ({ ...domain, averageScore: round1(ratio(scoreSum, domain.products)) }))
    .sort((a, b) => (a.averageScore ?? 101) - (b.averageScore ?? 101) || a.name.localeCompare(b.name));
}

async function withSparklines(db: PrismaClient, domains: Omit<DomainRow, "trend">[], now: Date): Promise<DomainRow[]> {
  if (!domains.length) return [];
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const rows = await db.$queryRaw<{ slug: string; day: Date; averageScore: number }[]>`
    SELECT d."slug", s."day", s."averageScore"
    FROM "domain_score_snapshots" s JOIN "domains" d ON d."id" = s."domainId"
    WHERE d."slug" = ANY(${domains.map((domain) => domain.slug)}::text[]) AND s."day" >= ${since}::date
    ORDER BY s."day"`;
  const bySlug = new Map<string, { day: string; averageScore: number }[]>();
  for (const row of rows) {
    const points = bySlug.get(row.slug) ?? [];
    points.push({ day: row.day.toISOString().slice(0, 10), averageScore: Math.round(row.averageScore * 10) / 10 });
    bySlug.set(row.slug, points);
  }
  return domains.map((domain) => ({ ...domain, trend: bySlug.get(domain.slug) ?? [] }));
}

/**
 * Mesh and domain trends come from the daily domain snapshots; a team cuts across domains, so
 * its trend is summed from the product snapshots of its own products instead.
 */
async function trendQuery(db: PrismaClient, filter: GovernanceFilter, since: Date): Promise<TrendPoint[]> {
  const rows = filter.team
    ? await db.$queryRaw<{ day: Date; averageScore: number | null; products: bigint; domains: bigint; sloCompliant: bigint | null }[]>`
        SELECT s."day", avg(s."score")::float AS "averageScore", count(*) AS products, count(DISTINCT p."domainId") AS domains, NULL AS "sloCompliant"
        FROM "product_score_snapshots" s JOIN "data_products" p ON p."id" = s."productId"
        WHERE s."day" >= ${since}::date AND p."owningTeamId" = (SELECT "id" FROM "teams" WHERE "slug" = ${filter.team})
          ${filter.domain ? Prisma.sql`AND p."domainId" = (SELECT "id" FROM "domains" WHERE "slug" = ${filter.domain})` : Prisma.empty}
        GROUP BY s."day" ORDER BY s."day"`
    : await db.$queryRaw<{ day: Date; averageScore: number | null; products: bigint; domains: bigint; sloCompliant: bigint | null }[]>`
        SELECT s."day", (sum(s."averageScore" * s."products") / NULLIF(sum(s."products"), 0))::float AS "averageScore", sum(s."products") AS products,
               count(*) FILTER (WHERE s."products" > 0) AS domains, sum(s."sloCompliant") AS "sloCompliant"
        FROM "domain_score_snapshots" s
        WHERE s."day" >= ${since}::date
          ${filter.domain ? Prisma.sql`AND s."domainId" = (SELECT "id" FROM "domains" WHERE "slug" = ${filter.domain})` : Prisma.empty}
        GROUP BY s."day" ORDER BY s."day"`;
  return rows.map((row) => ({
    day: row.day.toISOString().slice(0, 10),
    averageScore: round1(row.averageScore),
    products: Number(row.products),
    domains: Number(row.domains),
    sloCompliance: row.sloCompliant === null ? null : ratio(Number(row.sloCompliant), Number(row.products)),
  }));
}
