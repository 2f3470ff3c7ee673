import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productRecordInclude } from "../../lib/catalog/product-record";
import { recordToSpec } from "../../lib/catalog/spec-mapping";
import { dataProductSpecSchema } from "../../lib/spec/schema";
import { seedDemoMesh } from "../../scripts/seed-demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoMesh(database.db);
}, 120_000);
afterAll(async () => database.drop());

describe("the demo mesh", () => {
  it("has a believable company: 8+ domains of every kind, 40+ products, teams and people", async () => {
    const { db } = database;
    const kinds = await db.domain.groupBy({ by: ["kind"], _count: true });
    expect(kinds.map((row) => row.kind).sort()).toEqual(["AGGREGATE", "CONSUMER_ALIGNED", "SOURCE_ALIGNED"]);
    expect(await db.domain.count()).toBeGreaterThanOrEqual(8);
    expect(await db.dataProduct.count()).toBeGreaterThanOrEqual(40);
    expect(await db.user.count({ where: { email: { in: ["gov@meshwork.demo", "owner@meshwork.demo", "viewer@meshwork.demo"] } } })).toBe(3);
  });

  it("contains customer/customer-360 exactly as the reference spec describes it", async () => {
    const record = await database.db.dataProduct.findFirstOrThrow({ where: { name: "customer-360", domain: { slug: "customer" } }, include: productRecordInclude });
    const spec = recordToSpec(record);
    expect(spec.metadata).toMatchObject({ name: "customer-360", domain: "customer", version: "2.1.0", owner: { team: "customer-domain-team", email: "customer-data@example.com", slack: "#customer-data-support" } });
    expect(spec.spec.outputPorts).toEqual([{ name: "customer-360-table", type: "snowflake", database: "customer_domain", schema: "gold", table: "customer_360", format: "iceberg" }]);
    expect(spec.spec.access).toMatchObject({ classification: "confidential", retention: "7 years", privacy: { pii_columns: ["email"], masking_policy: "hash_pii_for_non_privileged" } });
  });

  it("round-trips every product: export → import → export gives the same spec", async () => {
    const records = await database.db.dataProduct.findMany({ include: productRecordInclude });
    for (const record of records) {
      const exported = recordToSpec(record);
      expect(dataProductSpecSchema.parse(JSON.parse(JSON.stringify(exported)))).toEqual(exported);
    }
  });

  it("has a realistic spread of governance: clean products, warnings, and drafts with errors", async () => {
    const { db } = database;
    expect(await db.dataProduct.count({ where: { errorCount: 0, warningCount: 0 } })).toBeGreaterThan(10);
    expect(await db.dataProduct.count({ where: { errorCount: 0, warningCount: { gt: 0 } } })).toBeGreaterThan(3);
    expect(await db.dataProduct.count({ where: { errorCount: { gt: 0 } } })).toBeGreaterThan(2);
    expect(await db.dataProduct.count({ where: { errorCount: { gt: 0 }, status: "ACTIVE" } })).toBe(0);
  });

  it("has cross-domain lineage, and a deprecated product still feeding an active one", async () => {
    const { db } = database;
    expect(await db.lineageEdge.count({ where: { crossDomain: true } })).toBeGreaterThan(5);
    const risky = await db.lineageEdge.count({ where: { upstreamProduct: { status: "DEPRECATED" }, downstreamProduct: { status: "ACTIVE" } } });
    expect(risky).toBeGreaterThan(0);
  });

  it("has 30 days of SLO measurements with some products breaching", async () => {
    const { db } = database;
    const oldest = await db.sloMeasurement.aggregate({ _min: { observedAt: true } });
    expect(Date.now() - oldest._min.observedAt!.getTime()).toBeGreaterThan(28 * 86_400_000);
    expect(await db.dataProduct.count({ where: { sloState: "BREACHED" } })).toBeGreaterThan(0);
    expect(await db.dataProduct.count({ where: { sloState: "MET" } })).toBeGreaterThan(10);
  });

  it("has 90 days of score history for the trends", async () => {
    const days = await database.db.domainScoreSnapshot.groupBy({ by: ["day"] });
    expect(days.length).toBeGreaterThanOrEqual(90);
  });
});
