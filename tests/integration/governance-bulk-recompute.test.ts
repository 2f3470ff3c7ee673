import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDomainPolicy } from "../../lib/catalog/governance-domain-policies";
import { BulkProductLoader } from "../../lib/catalog/governance-bulk-load";
import { loadDomainPolicies } from "../../lib/catalog/domain-policies";
import { fromDbStatus } from "../../lib/catalog/enum-mapping";
import { storedViolations } from "../../lib/catalog/governance-results";
import { productRecordInclude } from "../../lib/catalog/product-record";
import { recomputeGovernance } from "../../lib/catalog/recompute-governance";
import { recordToSpec } from "../../lib/catalog/spec-mapping";
import { evaluate } from "../../lib/governance/evaluate";
import type { Violation } from "../../lib/governance/types";
import type { Caller } from "../../lib/auth/permissions";
import { createDemoMeshDatabase, type DemoMeshDatabase } from "../support/demo-mesh-database";

let database: DemoMeshDatabase;
let sql: pg.Client;

/** Every product's stored governance: its score columns and its findings in the evaluation's order. */
async function storedGovernance() {
  const { rows } = await sql.query<{ id: number; scores: string; results: { policyId: string; severity: "ERROR" | "WARNING"; findings: unknown }[] }>(`
    SELECT p.id, p."governanceScore" || '/' || p."errorCount" || '/' || p."warningCount" AS scores,
           coalesce(json_agg(json_build_object('policyId', g."policyId", 'severity', g.severity, 'findings', g.findings)) FILTER (WHERE g."productId" IS NOT NULL), '[]') AS results
    FROM data_products p LEFT JOIN governance_results g ON g."productId" = p.id GROUP BY p.id ORDER BY p.id`);
  return new Map(rows.map((row) => [row.id, `${row.scores}\n${violationLines(storedViolations(row.results))}`]));
}

const violationLines = (violations: Violation[]) => violations.map((v) => [v.policyId, v.severity.toUpperCase(), v.path, v.message, v.remediation].join("|")).join("\n");

/** What a save computes for one product: the Prisma record, its upstream states and the domain's policies, through evaluate(). */
async function perProductGovernance() {
  const records = await database.db.dataProduct.findMany({ orderBy: { id: "asc" }, include: productRecordInclude });
  const edges = await sql.query<{ productId: number; ref: string; status: "DRAFT" | "ACTIVE" | "DEPRECATED" | "RETIRED"; freshness: number | null }>(`
    SELECT e."downstreamProductId" AS "productId", d.slug || '/' || u.name AS ref, u.status,
           (SELECT s."targetValue" FROM slos s WHERE s."productId" = u.id AND s.kind = 'FRESHNESS') AS freshness
    FROM lineage_edges e JOIN data_products u ON u.id = e."upstreamProductId" JOIN domains d ON d.id = u."domainId"`);
  const states = new Map<number, ReturnType<typeof toState>[]>();
  const toState = (edge: (typeof edges.rows)[number]) => ({ ref: edge.ref, status: fromDbStatus(edge.status), freshnessMinutes: edge.freshness ?? undefined });
  for (const edge of edges.rows) states.set(edge.productId, [...(states.get(edge.productId) ?? []), toState(edge)]);
  const results = new Map<number, string>();
  for (const record of records) {
    const policies = await loadDomainPolicies(database.db, record.domainId);
    const governance = evaluate(recordToSpec(record), { upstream: states.get(record.id) ?? [], targetStatus: fromDbStatus(record.status) }, policies);
    results.set(record.id, `${governance.score}/${governance.errors}/${governance.warnings}\n${violationLines(governance.violations)}`);
  }
  return results;
}

async function wipeGovernance(where = "TRUE") {
  await sql.query(`DELETE FROM governance_results g USING data_products p WHERE p.id = g."productId" AND ${where}`);
  await sql.query(`UPDATE data_products p SET "governanceScore" = 0, "errorCount" = 0, "warningCount" = 0 WHERE ${where}`);
}

beforeAll(async () => {
  database = await createDemoMeshDatabase();
  sql = database.sql;
}, 300_000);

afterAll(async () => {
  await database?.drop();
});

describe("bulk recompute", () => {
  it("loads every product's stored spec, and rebuilds the spec of a product saved without history", async () => {
    const records = await database.db.dataProduct.findMany({ orderBy: { id: "asc" }, include: productRecordInclude });
    const withoutHistory = records[3];
    await sql.query(`DELETE FROM product_versions WHERE "productId" = $1`, [withoutHistory.id]);
    const latest = await sql.query<{ productId: number; spec: unknown }>(`SELECT DISTINCT ON ("productId") "productId", spec FROM product_versions ORDER BY "productId", version DESC`);
    const stored = new Map(latest.rows.map((row) => [row.productId, row.spec]));
    const loader = new BulkProductLoader(database.db);
    const loaded = [];
    for (let after = 0; ; ) {
      const batch = await loader.next(after, 7);
      if (!batch.products.length) break;
      loaded.push(...batch.products);
      after = batch.lastId;
    }
    expect(loaded.map((product) => product.id)).toEqual(records.map((record) => record.id));
    for (const product of loaded) expect(JSON.parse(product.specJson)).toEqual(stored.get(product.id) ?? JSON.parse(JSON.stringify(recordToSpec(withoutHistory))));
    expect(JSON.parse(loaded[3].specJson)).toEqual(JSON.parse(JSON.stringify(recordToSpec(withoutHistory))));
    expect(loaded.some((product) => product.upstream.length > 0)).toBe(true);
  });

  it("rewrites exactly what every save wrote, after the stored results were wiped", async () => {
    const saved = await storedGovernance();
    await wipeGovernance();
    const progress: number[] = [];
    const outcome = await recomputeGovernance(database.db, { batchSize: 7, onProgress: (done) => void progress.push(done) });
    expect(outcome.products).toBe(saved.size);
    expect(outcome.changed).toBe(saved.size);
    expect(await storedGovernance()).toEqual(saved);
    expect(progress).toEqual([0, ...Array.from({ length: Math.ceil(saved.size / 7) }, (_, index) => Math.min((index + 1) * 7, saved.size))]);
  });

  it("agrees with evaluate() on every product once a domain adds its own policy", async () => {
    const lead = await database.db.user.findUniqueOrThrow({ where: { email: "gov@meshwork.demo" } });
    const caller: Caller = { userId: lead.id, email: lead.email, name: lead.name, role: lead.role, teams: [] };
    await addDomainPolicy(database.db, caller, "customer", { id: "CUSTOMER-042", ruleType: "required-tags", severity: "error", params: { tags: ["gdpr-reviewed"] } });
    const customer = await database.db.domain.findUniqueOrThrow({ where: { slug: "customer" } });
    const outcome = await recomputeGovernance(database.db, { domainId: customer.id, batchSize: 3 });
    expect(outcome.products).toBe(await database.db.dataProduct.count({ where: { domainId: customer.id } }));
    expect(outcome.changed).toBe(outcome.products);
    const expected = await perProductGovernance();
    expect(await storedGovernance()).toEqual(expected);
    expect([...expected.values()].filter((state) => state.includes("CUSTOMER-042|ERROR")).length).toBe(outcome.products);
  });

  it("resumes after the last product written and counts the products done before", async () => {
    const ids = (await sql.query<{ id: number }>(`SELECT id FROM data_products ORDER BY id`)).rows.map((row) => row.id);
    const cursor = ids[20];
    const expected = await storedGovernance();
    await wipeGovernance();
    const progress: [number, number, number][] = [];
    const outcome = await recomputeGovernance(database.db, {
      resumeFrom: { lastProductId: cursor, done: 21 },
      onProgress: (done, total, at) => void progress.push([done, total, at.lastProductId]),
    });
    expect(outcome.products).toBe(ids.length - 21);
    expect(progress.at(-1)).toEqual([ids.length, ids.length, ids.at(-1)]);
    const after = await storedGovernance();
    for (const id of ids) {
      if (id <= cursor) expect(after.get(id)?.startsWith("0/0/0\n")).toBe(true);
      else expect(after.get(id)).toBe(expected.get(id));
    }
  });
});
