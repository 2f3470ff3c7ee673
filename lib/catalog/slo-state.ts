import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { summariseCompliance, WINDOW_DAYS, worstState, type SloStateName } from "@/lib/governance/slo-compliance";

type Tx = Prisma.TransactionClient;

/** Recomputes each SLO's 30-day compliance and state, then the products' worst state. */
export async function refreshSloStates(tx: Tx, productIds: number[], now = new Date()) {
  if (!productIds.length) return;
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const rows = await tx.$queryRaw<{ sloId: number; productId: number; total: bigint; met: bigint; latestMet: boolean | null }[]>`
    SELECT s."id" AS "sloId", s."productId",
           count(m."id") AS total,
           count(m."id") FILTER (WHERE m."met") AS met,
           (SELECT l."met" FROM "slo_measurements" l WHERE l."sloId" = s."id" ORDER BY l."observedAt" DESC LIMIT 1) AS "latestMet"
    FROM "slos" s
    LEFT JOIN "slo_measurements" m ON m."sloId" = s."id" AND m."observedAt" >= ${since}
    WHERE s."productId" = ANY(${productIds}::int[])
    GROUP BY s."id"`;
  const byProduct = new Map<number, SloStateName[]>(productIds.map((id) => [id, []]));
  for (const row of rows) {
    const summary = summariseCompliance(Number(row.met), Number(row.total), row.latestMet);
    await tx.slo.update({ where: { id: row.sloId }, data: { state: summary.state, compliance: summary.compliance } });
    byProduct.get(row.productId)?.push(summary.state);
  }
  // Raw SQL: an SLO state change is not an edit of the product, so "updatedAt" must not move.
  for (const [productId, states] of byProduct) {
    await tx.$executeRaw`UPDATE "data_products" SET "sloState" = ${worstState(states)}::"SloState" WHERE "id" = ${productId}`;
  }
}
