import "server-only";
import { summariseCompliance, WINDOW_DAYS, type SloStateName } from "@/lib/governance/slo-compliance";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fromDbSloKind } from "./enum-mapping";
import { NotFoundError } from "./errors";
import { storedViolations } from "./governance-results";

/** One product's score, every violation with its remediation, and each SLO's 30-day compliance and error budget. */
export async function getProductGovernanceOrThrow(db: PrismaClient, ref: { domain: string; name: string }, now = new Date()) {
  const product = await db.dataProduct.findFirst({
    where: { name: ref.name, domain: { slug: ref.domain } },
    select: {
      id: true,
      governanceScore: true,
      errorCount: true,
      warningCount: true,
      sloState: true,
      governanceResults: { select: { policyId: true, severity: true, findings: true, evaluatedAt: true } },
      slos: { orderBy: { kind: "asc" }, select: { id: true, kind: true, target: true, targetValue: true, unit: true, measurement: true, state: true } },
    },
  });
  if (!product) throw new NotFoundError(`No data product ${ref.domain}/${ref.name}`);
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const windows = product.slos.length
    ? await db.$queryRaw<{ sloId: number; total: bigint; met: bigint; latestValue: number | null; latestAt: Date | null; latestMet: boolean | null }[]>`
        SELECT s."id" AS "sloId", count(m."id") AS total, count(m."id") FILTER (WHERE m."met") AS met,
               l."value" AS "latestValue", l."observedAt" AS "latestAt", l."met" AS "latestMet"
        FROM "slos" s
        LEFT JOIN "slo_measurements" m ON m."sloId" = s."id" AND m."observedAt" >= ${since}
        LEFT JOIN LATERAL (SELECT x."value", x."observedAt", x."met" FROM "slo_measurements" x WHERE x."sloId" = s."id" ORDER BY x."observedAt" DESC LIMIT 1) l ON TRUE
        WHERE s."productId" = ${product.id}
        GROUP BY s."id", l."value", l."observedAt", l."met"`
    : [];
  const bySlo = new Map(windows.map((row) => [row.sloId, row]));
  return {
    ref: `${ref.domain}/${ref.name}`,
    score: product.governanceScore,
    errors: product.errorCount,
    warnings: product.warningCount,
    canPublish: product.errorCount === 0,
    violations: storedViolations(product.governanceResults),
    evaluatedAt: product.governanceResults[0]?.evaluatedAt.toISOString() ?? null,
    sloState: product.sloState as SloStateName,
    slos: product.slos.map((slo) => {
      const window = bySlo.get(slo.id);
      const summary = summariseCompliance(Number(window?.met ?? 0), Number(window?.total ?? 0), window?.latestMet ?? null);
      return {
        kind: fromDbSloKind(slo.kind),
        target: slo.target,
        targetValue: slo.targetValue,
        unit: slo.unit,
        measurement: slo.measurement,
        windowDays: WINDOW_DAYS,
        state: summary.state,
        compliance: summary.compliance,
        errorBudgetRemaining: summary.budgetRemaining,
        measurements: summary.measurements,
        latest: window?.latestAt ? { value: window.latestValue, observedAt: window.latestAt.toISOString(), met: window.latestMet } : null,
      };
    }),
  };
}

export type ProductGovernance = Awaited<ReturnType<typeof getProductGovernanceOrThrow>>;
