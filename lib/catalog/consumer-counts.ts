import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/**
 * data_products."consumerCount", the number of lineage edges reading from a product. A single save
 * recounts its upstream products in its own transaction. A batch queues them instead: a 10,000-file
 * `meshwork apply` gives a few hundred upstream products new consumers in every one of its batches,
 * and recounting in each batch rewrote each of those wide rows (and all their index entries) once
 * per batch, 5,000 rewrites a run. One recount after the last batch writes each row once.
 */

/** Recounts, rather than adjusts, so a count that drifted (rows deleted by hand) is right again after the next save. */
export const refreshConsumerCountsSql = (productIds: number[]) => Prisma.sql`
    UPDATE "data_products" p SET "consumerCount" = (SELECT count(*) FROM "lineage_edges" e WHERE e."upstreamProductId" = p."id")
    WHERE p."id" = ANY(${productIds}::int[])`;

export const queueConsumerCountsSql = (productIds: number[]) => Prisma.sql`INSERT INTO "consumer_count_queue" ("productIds") VALUES (${productIds}::int[])`;

/**
 * Recounts every product queued by a committed batch, once, and takes it off the queue. A batch
 * committing meanwhile is not seen by this statement, its queue row included, so the next recount
 * takes it. Rows are locked in id order, so two recounts cannot deadlock on each other; a row
 * whose count did not change is not rewritten.
 */
export async function recountQueuedConsumers(db: PrismaClient): Promise<number> {
  return db.$executeRaw`
    WITH queued AS (DELETE FROM "consumer_count_queue" RETURNING "productIds"),
         locked AS (SELECT p."id" FROM "data_products" p WHERE p."id" IN (SELECT unnest(q."productIds") FROM queued q) ORDER BY p."id" FOR NO KEY UPDATE)
    UPDATE "data_products" p SET "consumerCount" = c."consumers"
    FROM locked, LATERAL (SELECT count(*)::int AS "consumers" FROM "lineage_edges" e WHERE e."upstreamProductId" = locked."id") c
    WHERE p."id" = locked."id" AND p."consumerCount" <> c."consumers"`;
}

/**
 * The recount waits until no batch has been queued for SETTLE_MS, so a pipeline's batches share
 * one, but never more than MAX_WAIT_MS after the first, so counts stay current under a steady
 * stream of batches.
 */
const SETTLE_MS = 5_000;
const MAX_WAIT_MS = 60_000;

interface Pending {
  timer?: NodeJS.Timeout;
  firstQueuedAt?: number;
  running: Promise<void>;
}

const pending = new WeakMap<PrismaClient, Pending>();

/** Called after a batch that queued counts has committed. */
export function scheduleConsumerRecount(db: PrismaClient) {
  const state = pending.get(db) ?? { running: Promise.resolve() };
  pending.set(db, state);
  const now = Date.now();
  state.firstQueuedAt ??= now;
  clearTimeout(state.timer);
  state.timer = setTimeout(() => void settleConsumerCounts(db), Math.max(0, Math.min(SETTLE_MS, state.firstQueuedAt + MAX_WAIT_MS - now)));
  state.timer.unref();
}

/**
 * Recounts what is queued now, after any recount already running. For whoever needs the counts
 * current at once (the apply benchmark's end, tests) and for the timer above. A failed recount
 * leaves its products queued for the next one.
 */
export function settleConsumerCounts(db: PrismaClient): Promise<void> {
  const state = pending.get(db);
  clearTimeout(state?.timer);
  // `running` never rejects, so the next recount always chains on.
  const running = (state?.running ?? Promise.resolve())
    .then(() => recountQueuedConsumers(db))
    .then(
      () => undefined,
      (error: unknown) => console.error("meshwork: recounting consumers failed; the products stay queued for the next recount", error),
    );
  pending.set(db, { running });
  return running;
}
