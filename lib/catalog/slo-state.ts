import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { summariseCompliance, WINDOW_DAYS, worstState, type SloStateName } from "@/lib/governance/slo-compliance";

type Tx = Prisma.TransactionClient;

export interface ProductSloChange {
  productId: number;
  domainId: number;
  owningTeamId: number;
  previous: SloStateName;
  state: SloStateName;
}

/**
 * Recomputes each SLO's 30-day compliance and state, then the products' worst state: one
 * aggregate over the measurements (by the (sloId, observedAt) index), the rules in
 * summariseCompliance, and one bulk UPDATE per table, however many SLOs and products.
 * Returns the products whose state changed, so the caller can refresh what counts them.
 */
export async function refreshSloStates(tx: Tx, productIds: number[], now = new Date()): Promise<ProductSloChange[]> {
  if (!productIds.length) return [];
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const rows = await tx.$queryRaw<{ sloId: number; productId: number; total: number; met: number; latestMet: boolean | null }[]>`
    SELECT s."id" AS "sloId", s."productId", w.total, w.met,
           (SELECT l."met" FROM "slo_measurements" l WHERE l."sloId" = s."id" ORDER BY l."observedAt" DESC LIMIT 1) AS "latestMet"
    FROM "slos" s
    CROSS JOIN LATERAL (SELECT count(*)::int AS total, (count(*) FILTER (WHERE m."met"))::int AS met
                        FROM "slo_measurements" m WHERE m."sloId" = s."id" AND m."observedAt" >= ${since}) w
    WHERE s."productId" = ANY(${productIds}::int[])`;
  const products = await tx.$queryRaw<{ id: number; domainId: number; owningTeamId: number; sloState: SloStateName }[]>`
    SELECT "id", "domainId", "owningTeamId", "sloState"::text AS "sloState" FROM "data_products" WHERE "id" = ANY(${productIds}::int[])`;
  const slos = rows.map((row) => ({ ...row, summary: summariseCompliance(row.met, row.total, row.latestMet) }));
  const byProduct = new Map<number, SloStateName[]>(products.map((product) => [product.id, []]));
  for (const slo of slos) byProduct.get(slo.productId)?.push(slo.summary.state);
  const changes = products.flatMap((product) => {
    const state = worstState(byProduct.get(product.id) ?? []);
    return state === product.sloState ? [] : [{ productId: product.id, domainId: product.domainId, owningTeamId: product.owningTeamId, previous: product.sloState, state }];
  });

  if (slos.length) {
    await tx.$executeRaw`
      UPDATE "slos" s SET "state" = v.state, "compliance" = v.compliance
      FROM unnest(${slos.map((slo) => slo.sloId)}::int[], ${slos.map((slo) => slo.summary.state)}::"SloState"[],
                  ${slos.map((slo) => slo.summary.compliance)}::float8[]) AS v(id, state, compliance)
      WHERE s."id" = v.id AND (s."state" IS DISTINCT FROM v.state OR s."compliance" IS DISTINCT FROM v.compliance)`;
  }
  // Raw SQL: an SLO state change is not an edit of the product, so "updatedAt" must not move.
  if (changes.length) {
    await tx.$executeRaw`
      UPDATE "data_products" p SET "sloState" = v.state
      FROM unnest(${changes.map((change) => change.productId)}::int[], ${changes.map((change) => change.state)}::"SloState"[]) AS v(id, state)
      WHERE p."id" = v.id`;
  }
  return changes;
}
