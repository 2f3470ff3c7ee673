import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getGovernanceSummary } from "../../lib/catalog/governance-summary";
import { addDomainPolicy, deleteDomainPolicy, getDomainPoliciesOrThrow, updateDomainPolicy } from "../../lib/catalog/governance-domain-policies";
import { listGovernanceProducts } from "../../lib/catalog/governance-products";
import { getProductGovernanceOrThrow } from "../../lib/catalog/governance-product";
import { getRecomputeJobOrThrow, runRecomputeJob } from "../../lib/catalog/recompute-jobs";
import { recomputeGovernance } from "../../lib/catalog/recompute-governance";
import { recordSloMeasurements } from "../../lib/catalog/slo-measurements";
import { ForbiddenError, InvalidSpecError } from "../../lib/catalog/errors";
import type { Caller } from "../../lib/auth/permissions";
import { createDemoMeshDatabase, type DemoMeshDatabase } from "../support/demo-mesh-database";

let database: DemoMeshDatabase;
let sql: pg.Client;
let governanceLead: Caller;
let customerOwner: Caller;
let viewer: Caller;

const count = async (query: string, values: unknown[] = []) => Number((await sql.query(query, values)).rows[0].count);

beforeAll(async () => {
  database = await createDemoMeshDatabase();
  sql = database.sql;
  [governanceLead, customerOwner, viewer] = await Promise.all(["gov@meshwork.demo", "owner@meshwork.demo", "viewer@meshwork.demo"].map((email) => database.callerFor(email)));
}, 300_000);

afterAll(async () => {
  await database?.drop();
});

describe("the governance dashboard on the demo mesh", () => {
  it("reports the numbers the database holds", async () => {
    const summary = await getGovernanceSummary(database.db);
    const live = "FROM data_products WHERE status <> 'RETIRED'";
    expect(summary.mesh.products).toBe(await count(`SELECT count(*) ${live}`));
    const average = Number((await sql.query(`SELECT avg("governanceScore")::float AS avg ${live}`)).rows[0].avg);
    expect(summary.mesh.averageScore).toBeCloseTo(Math.round(average * 10) / 10, 5);
    expect(summary.mesh.errors).toBe(await count(`SELECT coalesce(sum("errorCount"), 0) AS count ${live}`));
    expect(summary.mesh.warnings).toBe(await count(`SELECT coalesce(sum("warningCount"), 0) AS count ${live}`));
    expect(summary.mesh.distribution.reduce((total, bucket) => total + bucket.products, 0)).toBe(summary.mesh.products);
    expect(summary.mesh.distribution[9].products).toBe(await count(`SELECT count(*) ${live} AND "governanceScore" >= 90`));
    expect(summary.slo.breached).toBe(await count(`SELECT count(*) ${live} AND "sloState" = 'BREACHED'`));
    expect(summary.slo.met + summary.slo.atRisk + summary.slo.breached + summary.slo.noData).toBe(summary.mesh.products);
    expect(summary.kpis.domainsOnboarded).toBe(await count(`SELECT count(DISTINCT "domainId") ${live}`));
    expect(summary.kpis.domainsTotal).toBe(await count(`SELECT count(*) FROM domains`));
    expect(summary.kpis.crossDomainProducts).toBe(
      await count(`SELECT count(*) ${live} AND EXISTS (SELECT 1 FROM lineage_edges e WHERE e."downstreamProductId" = data_products.id AND e."crossDomain")`),
    );
    expect(summary.kpis.documentedProducts).toBe(
      await count(`SELECT count(*) ${live} AND NOT EXISTS (SELECT 1 FROM governance_results g WHERE g."productId" = data_products.id AND g."policyId" IN ('DOC-001', 'DOC-002', 'SCHEMA-002'))`),
    );
    const [top] = summary.topPolicies;
    expect(top.products).toBe(await count(`SELECT count(DISTINCT g."productId") FROM governance_results g JOIN data_products p ON p.id = g."productId" WHERE p.status <> 'RETIRED' AND g."policyId" = $1`, [top.policyId]));
    expect(summary.worstProducts[0].score).toBe(Number((await sql.query(`SELECT min("governanceScore") AS min ${live}`)).rows[0].min));
    expect(summary.trend.length).toBeGreaterThanOrEqual(85);
    expect(summary.domains.every((domain) => domain.trend.length > 20)).toBe(true);
  });

  it("filters every figure by domain and by team", async () => {
    const byDomain = await getGovernanceSummary(database.db, { domain: "customer" });
    expect(byDomain.mesh.products).toBe(await count(`SELECT count(*) FROM data_products p JOIN domains d ON d.id = p."domainId" WHERE d.slug = 'customer' AND p.status <> 'RETIRED'`));
    expect(byDomain.domains.map((domain) => domain.slug)).toEqual(["customer"]);
    const byTeam = await getGovernanceSummary(database.db, { team: "customer-domain-team" });
    expect(byTeam.mesh.products).toBe(await count(`SELECT count(*) FROM data_products p JOIN teams t ON t.id = p."owningTeamId" WHERE t.slug = 'customer-domain-team' AND p.status <> 'RETIRED'`));
    const list = await listGovernanceProducts(database.db, { domain: "customer", policy: byDomain.topPolicies[0]?.policyId });
    expect(list.total).toBe(byDomain.topPolicies[0]?.products ?? 0);
  });

  it("a full recompute from stored rows agrees with what every save computed", async () => {
    const progress: number[] = [];
    const outcome = await recomputeGovernance(database.db, { batchSize: 10, onProgress: (done) => void progress.push(done) });
    expect(outcome).toEqual({ products: await count(`SELECT count(*) FROM data_products`), changed: 0, changedDomainIds: [] });
    expect(progress.at(-1)).toBe(outcome.products);
    expect(progress.length).toBeGreaterThan(2);
  });

  it("rolls up a save made after the last refresh", async () => {
    const before = await getGovernanceSummary(database.db, { domain: "customer" });
    // Stands in for a save through the product writer: a new score and a fresh updatedAt.
    await sql.query(`UPDATE data_products SET "governanceScore" = 0, "updatedAt" = now() + interval '1 minute' WHERE name = 'support-tickets'`);
    const later = new Date(Date.now() + 120_000);
    const after = await getGovernanceSummary(database.db, { domain: "customer" }, later);
    expect(after.mesh.distribution[0].products).toBe(before.mesh.distribution[0].products + 1);
    await recomputeGovernance(database.db, { domainId: (await database.db.domain.findUniqueOrThrow({ where: { slug: "customer" } })).id });
  });
});

describe("domain policies", () => {
  it("refuses a rule that weakens a global policy, with the reason on the field", async () => {
    const attempt = addDomainPolicy(database.db, governanceLead, "customer", { id: "CUSTOMER-001", ruleType: "min-availability", severity: "error", params: { percent: 95 } });
    await expect(attempt).rejects.toBeInstanceOf(InvalidSpecError);
    await expect(attempt).rejects.toMatchObject({ details: [{ path: "params.percent", message: expect.stringContaining("below the global 99%") }] });
  });

  it("reports an invalid parameter on its field", async () => {
    await expect(addDomainPolicy(database.db, governanceLead, "customer", { id: "CUSTOMER-001", ruleType: "max-freshness", severity: "warning", params: { minutes: -5 } })).rejects.toMatchObject({
      details: [{ path: "params.minutes" }],
    });
  });

  it("lets only governance leads and the domain's owners change its policies", async () => {
    const rule = { id: "CUSTOMER-009", ruleType: "required-tags", severity: "warning", params: { tags: ["gdpr"] } };
    await expect(addDomainPolicy(database.db, viewer, "customer", rule)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addDomainPolicy(database.db, customerOwner, "order", rule)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("recomputes the domain's scores in the background and records who changed what", async () => {
    const before = await database.db.dataProduct.findMany({ where: { domain: { slug: "customer" } }, select: { name: true, governanceScore: true } });
    const added = await addDomainPolicy(database.db, governanceLead, "customer", {
      id: "CUSTOMER-001",
      ruleType: "required-tags",
      severity: "warning",
      params: { tags: ["gdpr-reviewed"] },
      description: "Every customer product has passed a GDPR review.",
    });
    expect((await getRecomputeJobOrThrow(database.db, added.jobId)).status).toBe("queued");
    await runRecomputeJob(database.db, added.jobId);
    const job = await getRecomputeJobOrThrow(database.db, added.jobId);
    expect(job).toMatchObject({ status: "succeeded", total: before.length, done: before.length });

    const after = new Map((await database.db.dataProduct.findMany({ where: { domain: { slug: "customer" } }, select: { name: true, governanceScore: true } })).map((row) => [row.name, row.governanceScore]));
    for (const product of before) expect(after.get(product.name)).toBe(Math.max(0, product.governanceScore - 2));
    expect(await count(`SELECT count(*) FROM governance_results WHERE "policyId" = 'CUSTOMER-001'`)).toBe(before.length);
    const orderScores = await count(`SELECT count(*) FROM governance_results g JOIN data_products p ON p.id = g."productId" JOIN domains d ON d.id = p."domainId" WHERE d.slug <> 'customer' AND g."policyId" = 'CUSTOMER-001'`);
    expect(orderScores).toBe(0);

    const summary = await getGovernanceSummary(database.db, { domain: "customer" });
    expect(summary.topPolicies.find((policy) => policy.policyId === "CUSTOMER-001")?.products).toBe(before.length);
    const { changes } = await getDomainPoliciesOrThrow(database.db, "customer", governanceLead);
    expect(changes[0]).toMatchObject({ code: "CUSTOMER-001", action: "created", actor: "Grace Okafor" });
  });

  it("switching a rule off restores the scores, and deleting it is recorded", async () => {
    const off = await updateDomainPolicy(database.db, customerOwner, "customer", "CUSTOMER-001", { enabled: false });
    await runRecomputeJob(database.db, off.jobId);
    expect(await count(`SELECT count(*) FROM governance_results WHERE "policyId" = 'CUSTOMER-001'`)).toBe(0);
    const removed = await deleteDomainPolicy(database.db, governanceLead, "customer", "CUSTOMER-001");
    await runRecomputeJob(database.db, removed.jobId);
    const { policies, changes } = await getDomainPoliciesOrThrow(database.db, "customer", governanceLead);
    expect(policies).toEqual([]);
    expect(changes.slice(0, 2).map((change) => change.action)).toEqual(["deleted", "disabled"]);
  });
});

describe("SLO measurements", () => {
  const ref = { domain: "customer", name: "customer-360" };

  it("refuses a kind the product has no SLO for, listing its SLOs", async () => {
    const attempt = recordSloMeasurements(database.db, customerOwner, ref, { kind: "accuracy", value: 99, observedAt: "2026-11-01T00:00:00Z" });
    await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining("freshness"), details: [{ path: "kind", message: expect.stringContaining("no accuracy SLO") }] });
  });

  it("refuses a timestamp in the future", async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await expect(recordSloMeasurements(database.db, customerOwner, ref, { measurements: [{ kind: "freshness", value: 5, observedAt: future }] })).rejects.toMatchObject({
      details: [{ path: "measurements[0].observedAt" }],
    });
  });

  it("is refused to callers outside the owning teams", async () => {
    await expect(recordSloMeasurements(database.db, viewer, ref, { kind: "freshness", value: 5, observedAt: "2026-11-01T00:00:00Z" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("stores measurements idempotently and moves the compliance state", async () => {
    const now = new Date();
    const before = await getProductGovernanceOrThrow(database.db, ref);
    const freshness = before.slos.find((slo) => slo.kind === "freshness")!;
    // Far past the target, every 10 minutes over the last two days: the budget is spent.
    const measurements = Array.from({ length: 300 }, (_, index) => ({
      kind: "freshness" as const,
      value: freshness.targetValue * 10,
      observedAt: new Date(now.getTime() - index * 600_000).toISOString(),
    }));
    expect((await recordSloMeasurements(database.db, customerOwner, ref, { measurements })).recorded).toBe(300);
    const stored = await count(`SELECT count(*) FROM slo_measurements m JOIN slos s ON s.id = m."sloId" JOIN data_products p ON p.id = s."productId" WHERE p.name = 'customer-360'`);
    await recordSloMeasurements(database.db, customerOwner, ref, { measurements });
    expect(await count(`SELECT count(*) FROM slo_measurements m JOIN slos s ON s.id = m."sloId" JOIN data_products p ON p.id = s."productId" WHERE p.name = 'customer-360'`)).toBe(stored);

    const after = await getProductGovernanceOrThrow(database.db, ref);
    expect(after.slos.find((slo) => slo.kind === "freshness")).toMatchObject({ state: "BREACHED", errorBudgetRemaining: 0 });
    expect(after.sloState).toBe("BREACHED");
    const summary = await getGovernanceSummary(database.db, { domain: "customer" });
    expect(summary.slo.breached).toBe(await count(`SELECT count(*) FROM data_products p JOIN domains d ON d.id = p."domainId" WHERE d.slug = 'customer' AND p."sloState" = 'BREACHED' AND p.status <> 'RETIRED'`));
    expect(before.sloState).not.toBe("BREACHED");
  });
});
