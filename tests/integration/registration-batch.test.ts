import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settleConsumerCounts } from "../../lib/catalog/consumer-counts";
import { ForbiddenError, InvalidSpecError } from "../../lib/catalog/errors";
import { productRecordInclude } from "../../lib/catalog/product-record";
import { saveProductSpec } from "../../lib/catalog/save-product";
import { saveProductsBatch } from "../../lib/catalog/save-products-batch";
import { recordToSpec } from "../../lib/catalog/spec-mapping";
import { createPrismaClient } from "../../lib/db/client";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { DataProductSpec } from "../../lib/spec/schema";
import { seedDemoMesh } from "../../scripts/seed-demo";
import { createTeamWithDomain, goodSpec, unique } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: PrismaClient;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await seedDemoMesh(db);
}, 180_000);
afterAll(async () => database.drop());

/** Everything a save writes about one product, without ids and timestamps. */
async function snapshot(domain: string, name: string) {
  // A batch's upstream counts are recounted after it commits; the single writer's at once.
  await settleConsumerCounts(db);
  const record = await db.dataProduct.findFirstOrThrow({ where: { name, domain: { slug: domain } }, include: productRecordInclude });
  const productId = record.id;
  const [row] = await db.$queryRaw<{ row: Record<string, unknown>; search: string }[]>`
    SELECT to_jsonb(p) - 'id' - 'createdAt' - 'updatedAt' - 'searchVector' AS "row", p."searchVector"::text AS "search"
    FROM "data_products" p WHERE p."id" = ${productId}`;
  const omit = { id: true, productId: true } as const;
  const edges = await db.lineageEdge.findMany({ where: { downstreamProductId: productId }, orderBy: [{ upstreamProductId: "asc" }, { sourceSystemId: "asc" }], select: { upstreamProductId: true, sourceSystemId: true, crossDomain: true, viaPort: true } });
  return {
    spec: recordToSpec(record),
    row: row.row,
    search: row.search,
    // As text: the recompute fingerprints the stored text, so both writers must store the same characters.
    governance: await db.$queryRaw`SELECT "policyId", "severity"::text, "findings"::text FROM "governance_results" WHERE "productId" = ${productId} ORDER BY "policyId"`,
    history: await db.productVersion.findMany({ where: { productId }, orderBy: { version: "asc" }, select: { version: true, semanticVersion: true, changeKind: true, summary: true, spec: true, authorId: true } }),
    edges,
    upstreamConsumerCounts: await db.dataProduct.findMany({ where: { id: { in: edges.flatMap((edge) => (edge.upstreamProductId ? [edge.upstreamProductId] : [])) } }, orderBy: { id: "asc" }, select: { id: true, consumerCount: true } }),
    inputPorts: await db.inputPort.findMany({ where: { productId }, orderBy: { position: "asc" }, omit }),
    outputPorts: await db.outputPort.findMany({ where: { productId }, orderBy: { position: "asc" }, omit }),
    fields: (await db.productSchema.findUnique({ where: { productId }, select: { fields: true } }))?.fields ?? null,
    slos: await db.slo.findMany({ where: { productId }, orderBy: { kind: "asc" }, omit }),
    checks: await db.qualityCheck.findMany({ where: { productId }, orderBy: { position: "asc" }, omit }),
    roles: await db.accessRole.findMany({ where: { productId }, orderBy: { name: "asc" }, omit }),
  };
}

/** A demo product with input ports on products and source systems, copied under a new name. */
async function richSpec(): Promise<{ v1: DataProductSpec; v2: DataProductSpec }> {
  // A demo product, not a twin an earlier test left behind.
  const candidates = await db.dataProduct.findMany({ where: { NOT: { name: { startsWith: "batch-twin" } } }, include: productRecordInclude });
  const source = candidates
    .map(recordToSpec)
    .sort((a, b) => (b.spec.inputPorts?.length ?? 0) + (b.spec.access?.roles?.length ?? 0) - (a.spec.inputPorts?.length ?? 0) - (a.spec.access?.roles?.length ?? 0))[0];
  expect(source.spec.inputPorts?.some((port) => port.product)).toBe(true);
  const v1: DataProductSpec = structuredClone(source);
  v1.metadata.name = unique("batch-twin");
  v1.spec.lineage = { upstreamProducts: [...(v1.spec.lineage?.upstreamProducts ?? []), "customer/customer-360"].filter((ref, index, all) => all.indexOf(ref) === index) };
  v1.spec.documentation = [{ title: "Runbook", url: "https://example.com/runbook" }];
  v1.metadata.owner = { ...v1.metadata.owner, productOwner: `${unique("owner")}@example.com`, steward: "olivia.chen@example.com" };
  v1.spec.inputPorts = [...(v1.spec.inputPorts ?? []), { name: "erp-feed", type: "kafka", sourceSystem: unique("erp"), topic: "erp.orders" }];
  // Text COPY must escape, in plain, array and json columns.
  const tricky = 'Tab\there, C:\\exports\\, "quotes", {braces}\nand a second line\r';
  v1.spec.access = {
    ...v1.spec.access,
    roles: [...(v1.spec.access?.roles ?? []), { name: unique("tricky-readers"), description: tricky, permissions: ["read"], principals: ['group "analysts", EU\\team', "{braces}", tricky] }],
  };
  v1.spec.schema = { ...v1.spec.schema, fields: [...(v1.spec.schema?.fields ?? []), { name: unique("tricky_note").replace("-", "_"), type: "string", description: tricky, pii: false, required: false }] };

  const v2: DataProductSpec = structuredClone(v1);
  v2.metadata.version = "9.9.9";
  delete v2.spec.documentation;
  delete v2.spec.lineage;
  v2.spec.inputPorts = v2.spec.inputPorts!.slice(1);
  v2.spec.schema = { ...v2.spec.schema, fields: [...(v2.spec.schema?.fields ?? []), { name: "batch_note", type: "string", description: "Added by the twin test", pii: false, required: false }] };
  v2.spec.slo = { ...v2.spec.slo, freshness: { target: "2 hours" } };
  return { v1, v2 };
}

async function removeProduct(domain: string, name: string) {
  await db.dataProduct.deleteMany({ where: { name, domain: { slug: domain } } });
}

describe("the batch writer", () => {
  it("stores a product row for row as the single writer does, on create and on update", async () => {
    const { v1, v2 } = await richSpec();
    const { domain, name } = v1.metadata;

    await saveProductSpec(db, v1, { actor: "system", mode: "create" });
    await saveProductSpec(db, v2, { actor: "system", mode: "update" });
    const single = await snapshot(domain, name);
    await removeProduct(domain, name);

    expect(await saveProductsBatch(db, [v1], { actor: "system" })).toMatchObject([{ ref: `${domain}/${name}`, outcome: "created", version: 1 }]);
    expect(await saveProductsBatch(db, [v2], { actor: "system" })).toMatchObject([{ outcome: "updated", version: 2 }]);
    const batch = await snapshot(domain, name);

    expect(batch).toEqual(single);
    expect(batch.spec).toEqual({ ...v2, metadata: { ...v2.metadata, title: v2.metadata.title ?? name } });
    expect(batch.history.map((row) => row.changeKind)).toEqual(["CREATED", "UPDATED"]);
    expect(batch.edges.some((edge) => edge.sourceSystemId)).toBe(true);
  });

  it("stores a new product, search document and port technologies included, as the single writer does", async () => {
    // The batch writer builds both in the INSERT; the single writer by a trigger and a refresh.
    const { v1 } = await richSpec();
    const { domain, name } = v1.metadata;
    await saveProductSpec(db, v1, { actor: "system", mode: "create" });
    const single = await snapshot(domain, name);
    await removeProduct(domain, name);

    await saveProductsBatch(db, [v1], { actor: "system" });
    const batch = await snapshot(domain, name);
    expect(batch).toEqual(single);
    expect(batch.search).toContain(v1.spec.schema!.fields![0].name.split("_")[0]);
    expect(batch.row.portTechnologies).toEqual([...new Set(v1.spec.outputPorts!.map((port) => port.type))].sort());
  });

  it("answers each spec on its own: created, unchanged, updated and failed side by side", async () => {
    const mine = await createTeamWithDomain(db);
    const other = await createTeamWithDomain(db);
    const kept = goodSpec(mine.domain.slug, mine.team.slug);
    const edited = goodSpec(mine.domain.slug, mine.team.slug);
    await saveProductsBatch(db, [kept, edited], { actor: mine.caller });

    const fresh = goodSpec(mine.domain.slug, mine.team.slug);
    const foreign = goodSpec(other.domain.slug, other.team.slug);
    const dangling = { ...goodSpec(mine.domain.slug, mine.team.slug), spec: { ...goodSpec(mine.domain.slug, mine.team.slug).spec, lineage: { upstreamProducts: ["nowhere/nothing"] } } };
    const results = await saveProductsBatch(db, [fresh, kept, { ...edited, metadata: { ...edited.metadata, version: "1.1.0" } }, foreign, dangling], { actor: mine.caller });

    expect(results.map((result) => result.outcome)).toEqual(["created", "unchanged", "updated", "failed", "failed"]);
    expect(results[1]).toMatchObject({ version: 1 });
    expect(results[2]).toMatchObject({ version: 2 });
    expect(results[3].error).toBeInstanceOf(ForbiddenError);
    expect(results[4].error).toBeInstanceOf(InvalidSpecError);
    expect(results[4].error?.details).toEqual([{ path: "spec.lineage.upstreamProducts[0]", message: expect.stringContaining("No data product nowhere/nothing") }]);
    expect(await db.dataProduct.count({ where: { name: { in: [foreign.metadata.name, dangling.metadata.name] } } })).toBe(0);
    expect(await db.productVersion.count({ where: { product: { name: kept.metadata.name } } })).toBe(1);
  });

  it("saves a product after the product of the same batch that it reads, whatever their order", async () => {
    const { team, domain, caller } = await createTeamWithDomain(db);
    const upstream = goodSpec(domain.slug, team.slug);
    const downstream = goodSpec(domain.slug, team.slug);
    downstream.spec.inputPorts = [{ name: "orders", type: "snowflake", product: upstream.metadata.name, port: "orders-table" }];
    const results = await saveProductsBatch(db, [downstream, upstream], { actor: caller });

    expect(results.map((result) => result.outcome)).toEqual(["created", "created"]);
    await settleConsumerCounts(db);
    const edge = await db.lineageEdge.findFirstOrThrow({ where: { downstreamProduct: { name: downstream.metadata.name } }, include: { upstreamProduct: true } });
    expect(edge.upstreamProduct?.name).toBe(upstream.metadata.name);
    expect(edge.upstreamProduct?.consumerCount).toBe(1);
  });

  it("recounts the consumers of a product read by several batches, and again when a reader drops it", async () => {
    const { team, domain, caller } = await createTeamWithDomain(db);
    const upstream = goodSpec(domain.slug, team.slug);
    const reader = () => {
      const spec = goodSpec(domain.slug, team.slug);
      spec.spec.inputPorts = [{ name: "orders", type: "snowflake", product: upstream.metadata.name, port: "orders-table" }];
      return spec;
    };
    const [first, second] = [reader(), reader()];
    await saveProductsBatch(db, [upstream], { actor: caller });
    await Promise.all([saveProductsBatch(db, [first], { actor: caller }), saveProductsBatch(db, [second], { actor: caller })]);
    await settleConsumerCounts(db);
    const consumers = async () => (await db.dataProduct.findFirstOrThrow({ where: { name: upstream.metadata.name }, select: { consumerCount: true } })).consumerCount;
    expect(await consumers()).toBe(2);

    const { inputPorts: _dropped, ...withoutInputs } = second.spec;
    await saveProductsBatch(db, [{ ...second, metadata: { ...second.metadata, version: "1.1.0" }, spec: withoutInputs }], { actor: caller });
    await settleConsumerCounts(db);
    expect(await consumers()).toBe(1);
    expect(await db.consumerCountQueue.count()).toBe(0);
  });

  it("refuses to publish a spec with governance errors, like the single writer", async () => {
    const { team, domain, caller } = await createTeamWithDomain(db);
    const spec = goodSpec(domain.slug, team.slug);
    delete spec.spec.schema!.fields![1].pii;
    const [result] = await saveProductsBatch(db, [spec], { actor: caller });
    const single = await saveProductSpec(db, spec, { actor: caller, mode: "create" }).catch((error: unknown) => error);

    expect(result.outcome).toBe("failed");
    expect(result.error).toBeInstanceOf(InvalidSpecError);
    expect(result.error?.message).toBe((single as Error).message);
    expect(result.error?.details).toEqual((single as InvalidSpecError).details);
  });

  it("waits for a free connection instead of failing when every connection is busy", async () => {
    const { team, domain, caller } = await createTeamWithDomain(db);
    const spec = goodSpec(domain.slug, team.slug);
    // One connection, held by another transaction for longer than Prisma waits for one by default (2 s).
    const single = createPrismaClient(database.url, 1);
    try {
      const busy = single.$transaction(async (tx) => void (await tx.$executeRaw`SELECT pg_sleep(3)`), { timeout: 10_000 });
      const [result] = await saveProductsBatch(single, [spec], { actor: caller });
      await busy;
      expect(result.outcome).toBe("created");
    } finally {
      await single.$disconnect();
    }
  });
});
