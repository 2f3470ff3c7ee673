import "server-only";
import { evaluate, type EvaluationResult } from "@/lib/governance/evaluate";
import type { Policy, UpstreamProductState } from "@/lib/governance/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadDomainPolicies } from "./domain-policies";
import { fromDbStatus } from "./enum-mapping";
import { productRecordInclude } from "./product-record";
import { recordToSpec } from "./spec-mapping";

export interface RecomputeOptions {
  /** only this domain's products (a domain policy changed); all products otherwise */
  domainId?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => Promise<void> | void;
}

export interface RecomputeOutcome {
  products: number;
  changed: number;
}

/**
 * Re-evaluates stored products against the current global and domain policies, in id order and in
 * batches: each batch is loaded with a handful of IN-list queries, rebuilt into specs with
 * recordToSpec (the synthetic mesh has no version history to read specs from), evaluated in JS,
 * and only the products whose results changed are written, with one statement per table.
 * The next batch is loaded while the current one is written.
 */
export async function recomputeGovernance(db: PrismaClient, options: RecomputeOptions = {}): Promise<RecomputeOutcome> {
  const batchSize = options.batchSize ?? 1000;
  const scope = options.domainId === undefined ? {} : { domainId: options.domainId };
  const total = await db.dataProduct.count({ where: scope });
  const policies = await domainPolicyMap(db, options.domainId);
  await options.onProgress?.(0, total);

  let done = 0;
  let changed = 0;
  let next = loadBatch(db, scope, 0, batchSize);
  for (;;) {
    const batch = await next;
    if (!batch.records.length) break;
    next = loadBatch(db, scope, batch.records.at(-1)!.id, batchSize);
    const results = batch.records.map((record) => {
      const spec = recordToSpec(record);
      const context = { upstream: batch.upstream.get(record.id) ?? [], targetStatus: fromDbStatus(record.status) };
      return { id: record.id, governance: evaluate(spec, context, policies.get(record.domainId) ?? []) };
    });
    const dirty = results.filter((result) => signature(result.governance) !== batch.current.get(result.id));
    await writeResults(db, dirty);
    changed += dirty.length;
    done += batch.records.length;
    await options.onProgress?.(done, total);
  }
  await next.catch(() => undefined);
  return { products: done, changed };
}

async function domainPolicyMap(db: PrismaClient, domainId?: number): Promise<Map<number, Policy[]>> {
  const domains = await db.domainPolicy.findMany({ where: { enabled: true, ...(domainId === undefined ? {} : { domainId }) }, distinct: ["domainId"], select: { domainId: true } });
  const entries = await Promise.all(domains.map(async ({ domainId: id }) => [id, await loadDomainPolicies(db, id)] as const));
  return new Map(entries);
}

async function loadBatch(db: PrismaClient, scope: { domainId?: number }, afterId: number, take: number) {
  const records = await db.dataProduct.findMany({ where: { ...scope, id: { gt: afterId } }, orderBy: { id: "asc" }, take, include: productRecordInclude });
  const ids = records.map((record) => record.id);
  if (!ids.length) return { records, upstream: new Map<number, UpstreamProductState[]>(), current: new Map<number, string>() };
  const [edges, results] = await Promise.all([
    db.$queryRaw<{ productId: number; ref: string; status: Parameters<typeof fromDbStatus>[0]; freshness: number | null }[]>`
      SELECT e."downstreamProductId" AS "productId", d."slug" || '/' || u."name" AS ref, u."status",
             (SELECT s."targetValue" FROM "slos" s WHERE s."productId" = u."id" AND s."kind" = 'FRESHNESS') AS freshness
      FROM "lineage_edges" e JOIN "data_products" u ON u."id" = e."upstreamProductId" JOIN "domains" d ON d."id" = u."domainId"
      WHERE e."downstreamProductId" = ANY(${ids}::int[])`,
    db.$queryRaw<{ productId: number; signature: string }[]>`
      SELECT p."id" AS "productId",
             p."governanceScore" || ':' || coalesce(string_agg(g."policyId" || '|' || g."severity" || '|' || g."path" || '|' || g."message" || '|' || g."remediation", E'\n' ORDER BY g."id"), '') AS signature
      FROM "data_products" p LEFT JOIN "governance_results" g ON g."productId" = p."id"
      WHERE p."id" = ANY(${ids}::int[])
      GROUP BY p."id"`,
  ]);
  const upstream = new Map<number, UpstreamProductState[]>();
  for (const edge of edges) {
    const states = upstream.get(edge.productId) ?? [];
    states.push({ ref: edge.ref, status: fromDbStatus(edge.status), freshnessMinutes: edge.freshness ?? undefined });
    upstream.set(edge.productId, states);
  }
  return { records, upstream, current: new Map(results.map((row) => [row.productId, row.signature])) };
}

/** The stored form of a result, as the batch query spells it, so unchanged products are not rewritten. */
function signature(governance: EvaluationResult): string {
  const lines = governance.violations.map((v) => [v.policyId, v.severity === "error" ? "ERROR" : "WARNING", v.path, v.message, v.remediation].join("|"));
  return `${governance.score}:${lines.join("\n")}`;
}

async function writeResults(db: PrismaClient, results: { id: number; governance: EvaluationResult }[]) {
  if (!results.length) return;
  const ids = results.map((result) => result.id);
  const violations = results.flatMap((result) => result.governance.violations.map((violation) => ({ productId: result.id, ...violation })));
  // One transaction per batch: a product's score and its results never disagree, and a failed batch leaves the previous state.
  await db.$transaction([
    db.$executeRaw`
      UPDATE "data_products" p SET "governanceScore" = v.score, "errorCount" = v.errors, "warningCount" = v.warnings
      FROM unnest(${ids}::int[], ${results.map((r) => r.governance.score)}::int[], ${results.map((r) => r.governance.errors)}::int[],
                  ${results.map((r) => r.governance.warnings)}::int[]) AS v(id, score, errors, warnings)
      WHERE p."id" = v.id`,
    db.$executeRaw`DELETE FROM "governance_results" WHERE "productId" = ANY(${ids}::int[])`,
    db.$executeRaw`
      INSERT INTO "governance_results" ("productId", "policyId", "severity", "path", "message", "remediation")
      SELECT * FROM unnest(${violations.map((v) => v.productId)}::int[], ${violations.map((v) => v.policyId)}::text[],
                           ${violations.map((v) => (v.severity === "error" ? "ERROR" : "WARNING"))}::"Severity"[], ${violations.map((v) => v.path)}::text[],
                           ${violations.map((v) => v.message)}::text[], ${violations.map((v) => v.remediation)}::text[])`,
  ]);
}
