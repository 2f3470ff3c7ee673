import "server-only";
import { evaluate } from "@/lib/governance/evaluate";
import type { GovernedSpec, Policy } from "@/lib/governance/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadDomainPolicies } from "./domain-policies";
import { fromDbStatus } from "./enum-mapping";
import { BulkProductLoader, type BulkProduct } from "./governance-bulk-load";
import { collectChange, writeBulkResults, type BulkChanges } from "./governance-bulk-write";

export interface RecomputeProgress {
  done: number;
  total: number;
  /** every product up to this id has its results written: a resumed run starts after it */
  lastProductId: number;
}

export interface RecomputeOptions {
  /** only this domain's products (a domain policy changed); all products otherwise */
  domainId?: number;
  batchSize?: number;
  /** resume an interrupted run: products up to `lastProductId` are done and counted in `done` */
  resumeFrom?: { lastProductId: number; done: number };
  /** called after each batch is written; a rejection stops the run (e.g. the job was taken over) */
  onProgress?: (done: number, total: number, progress: RecomputeProgress) => Promise<void> | void;
}

export interface RecomputeOutcome {
  products: number;
  changed: number;
  /** domains with a changed product: the only rollups the recompute made stale */
  changedDomainIds: number[];
}

export const RECOMPUTE_BATCH_SIZE = 2_000;

/**
 * Re-evaluates stored products against the current global and domain policies, streaming them in
 * id order (keyset batches). A batch is each product's latest spec and its upstream states
 * (governance-bulk-load), evaluated with the same evaluate() a save runs; only what changed is
 * written, with one statement per table.
 * Loading the next batch and writing the previous one overlap with the evaluation in between, so
 * the database and Node work at the same time. Progress is reported after each write commits.
 */
export async function recomputeGovernance(db: PrismaClient, options: RecomputeOptions = {}): Promise<RecomputeOutcome> {
  const batchSize = options.batchSize ?? RECOMPUTE_BATCH_SIZE;
  const { domainId } = options;
  const start = options.resumeFrom ?? { lastProductId: 0, done: 0 };
  const remaining = await db.dataProduct.count({ where: { id: { gt: start.lastProductId }, ...(domainId === undefined ? {} : { domainId }) } });
  const total = start.done + remaining;
  const policies = await domainPolicyMap(db, domainId);
  const report = (done: number, lastProductId: number) => options.onProgress?.(done, total, { done, total, lastProductId });
  await report(start.done, start.lastProductId);

  let done = start.done;
  let changed = 0;
  const changedDomainIds = new Set<number>();
  const loader = new BulkProductLoader(db, domainId);
  let next = settledLater(loader.next(start.lastProductId, batchSize));
  let writing: Promise<void> = Promise.resolve();
  try {
    for (;;) {
      const batch = await next;
      if (!batch.products.length) break;
      next = settledLater(loader.next(batch.lastId, batchSize));
      const diff = await evaluateBatch(batch.products, policies);
      const changedIds = new Set([...diff.scores, ...diff.rows].map((result) => result.id));
      changed += changedIds.size;
      for (const product of batch.products) if (changedIds.has(product.id)) changedDomainIds.add(product.domainId);
      await writing;
      writing = settledLater(
        writeBulkResults(db, diff).then(() => {
          done += batch.products.length;
          return report(done, batch.lastId);
        }),
      );
    }
    await writing;
  } finally {
    // A failed batch must not leave a load or write running into the caller's error handling.
    await Promise.allSettled([next, writing]);
  }
  return { products: done - start.done, changed, changedDomainIds: [...changedDomainIds] };
}

/** Marks a promise that is awaited later as handled, so its failure surfaces there rather than as an unhandled rejection. */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Products evaluated between two turns of the event loop. */
const EVALUATION_SLICE = 100;

/**
 * Evaluates a batch and keeps only what changed. Each product is parsed, evaluated and compared in
 * one step, so its spec and unchanged results are garbage before the next one: kept for the whole
 * batch, they outlived the young generation and made the garbage collector a fifth of the run.
 * The event loop gets a turn every EVALUATION_SLICE products: loading the next batch takes several
 * queries in turn, and while a whole batch was evaluated in one go, only the first was ever sent.
 */
async function evaluateBatch(products: BulkProduct[], policies: Map<number, Policy[]>): Promise<BulkChanges> {
  const changes: BulkChanges = { scores: [], rows: [] };
  for (const [index, { id, domainId, status, specJson, upstream, current }] of products.entries()) {
    if (index > 0 && index % EVALUATION_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    const governance = evaluate(JSON.parse(specJson) as GovernedSpec, { upstream, targetStatus: fromDbStatus(status) }, policies.get(domainId) ?? []);
    collectChange(changes, current, { id, governance });
  }
  return changes;
}

async function domainPolicyMap(db: PrismaClient, domainId?: number): Promise<Map<number, Policy[]>> {
  const domains = await db.domainPolicy.findMany({ where: { enabled: true, ...(domainId === undefined ? {} : { domainId }) }, distinct: ["domainId"], select: { domainId: true } });
  const entries = await Promise.all(domains.map(async ({ domainId: id }) => [id, await loadDomainPolicies(db, id)] as const));
  return new Map(entries);
}
