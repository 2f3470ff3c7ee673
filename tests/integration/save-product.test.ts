import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveProductSpec } from "../../lib/catalog/save-product";
import { ConflictError, ForbiddenError, InvalidSpecError, VersionConflictError } from "../../lib/catalog/errors";
import { productRecordInclude } from "../../lib/catalog/product-record";
import { recordToSpec } from "../../lib/catalog/spec-mapping";
import { createTeamWithDomain, goodSpec } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

describe("saving a product spec", () => {
  it("stores the product with its governance score, a history row and a searchable document", async () => {
    const { db } = database;
    const { team, domain, caller } = await createTeamWithDomain(db);
    const spec = goodSpec(domain.slug, team.slug);
    const result = await saveProductSpec(db, spec, { actor: caller, mode: "create" });

    expect(result).toMatchObject({ created: true, version: 1 });
    expect(result.governance.errors).toBe(0);
    const stored = await db.dataProduct.findUniqueOrThrow({ where: { id: result.id }, include: { versions: true } });
    expect(stored.governanceScore).toBe(result.governance.score);
    expect(stored.versions).toHaveLength(1);
    expect(stored.versions[0].authorId).toBe(caller.userId);
    const [hit] = await db.$queryRaw<{ id: number }[]>`SELECT "id" FROM "data_products" WHERE "searchVector" @@ websearch_to_tsquery('simple', 'customer_email')`;
    expect(hit?.id).toBe(result.id);
  });

  it("exports exactly the spec it was given", async () => {
    const { db } = database;
    const { team, domain, caller } = await createTeamWithDomain(db);
    const spec = goodSpec(domain.slug, team.slug);
    const { id } = await saveProductSpec(db, spec, { actor: caller, mode: "create" });
    const record = await db.dataProduct.findUniqueOrThrow({ where: { id }, include: productRecordInclude });
    expect(recordToSpec(record)).toEqual(spec);
  });

  it("refuses a second product with the same address", async () => {
    const { db } = database;
    const { team, domain, caller } = await createTeamWithDomain(db);
    const spec = goodSpec(domain.slug, team.slug);
    await saveProductSpec(db, spec, { actor: caller, mode: "create" });
    await expect(saveProductSpec(db, spec, { actor: caller, mode: "create" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses a stale edit instead of overwriting someone else's change", async () => {
    const { db } = database;
    const { team, domain, caller } = await createTeamWithDomain(db);
    const spec = goodSpec(domain.slug, team.slug);
    await saveProductSpec(db, spec, { actor: caller, mode: "create" });
    await saveProductSpec(db, { ...spec, metadata: { ...spec.metadata, title: "First edit" } }, { actor: caller, mode: "update", expectedVersion: 1 });

    const stale = saveProductSpec(db, { ...spec, metadata: { ...spec.metadata, title: "Stale edit" } }, { actor: caller, mode: "update", expectedVersion: 1 });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    const stored = await db.dataProduct.findFirstOrThrow({ where: { name: spec.metadata.name } });
    expect(stored).toMatchObject({ title: "First edit", version: 2 });
  });

  it("refuses to publish while an error-level violation remains, and saves nothing", async () => {
    const { db } = database;
    const { team, domain, caller } = await createTeamWithDomain(db);
    const spec = goodSpec(domain.slug, team.slug);
    const broken = { ...spec, spec: { ...spec.spec, slo: { availability: { target: "99.9%" } } } };
    const attempt = saveProductSpec(db, broken, { actor: caller, mode: "create" });
    await expect(attempt).rejects.toBeInstanceOf(InvalidSpecError);
    await expect(attempt).rejects.toMatchObject({ details: [expect.objectContaining({ message: expect.stringContaining("SLO-002") })] });
    expect(await db.dataProduct.count({ where: { name: spec.metadata.name } })).toBe(0);

    const draft = await saveProductSpec(db, { ...broken, metadata: { ...broken.metadata, status: "draft" } }, { actor: caller, mode: "create" });
    expect(draft.governance.errors).toBeGreaterThan(0);
  });

  it("refuses a caller from another team and a viewer", async () => {
    const { db } = database;
    const owner = await createTeamWithDomain(db);
    const stranger = await createTeamWithDomain(db);
    const spec = goodSpec(owner.domain.slug, owner.team.slug);
    await expect(saveProductSpec(db, spec, { actor: stranger.caller, mode: "create" })).rejects.toBeInstanceOf(ForbiddenError);
    await saveProductSpec(db, spec, { actor: owner.caller, mode: "create" });
    await expect(saveProductSpec(db, spec, { actor: stranger.caller, mode: "update" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveProductSpec(db, spec, { actor: { ...owner.caller, role: "VIEWER" }, mode: "update" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("derives lineage edges from input ports, marks cross-domain ones and counts consumers", async () => {
    const { db } = database;
    const upstreamOwner = await createTeamWithDomain(db);
    const downstreamOwner = await createTeamWithDomain(db);
    const upstream = goodSpec(upstreamOwner.domain.slug, upstreamOwner.team.slug);
    await saveProductSpec(db, upstream, { actor: upstreamOwner.caller, mode: "create" });

    const downstream = goodSpec(downstreamOwner.domain.slug, downstreamOwner.team.slug);
    downstream.spec.inputPorts = [
      { name: "orders", type: "snowflake", product: `${upstream.metadata.domain}/${upstream.metadata.name}`, port: "orders-table" },
      { name: "crm", type: "rest", sourceSystem: "test-crm" },
    ];
    const { id } = await saveProductSpec(db, downstream, { actor: downstreamOwner.caller, mode: "create" });

    const edges = await db.lineageEdge.findMany({ where: { downstreamProductId: id }, orderBy: { id: "asc" } });
    expect(edges).toHaveLength(2);
    expect(edges[0]).toMatchObject({ crossDomain: true, viaPort: true });
    expect(edges[1].sourceSystemId).not.toBeNull();
    const upstreamRow = await db.dataProduct.findFirstOrThrow({ where: { name: upstream.metadata.name } });
    expect(upstreamRow.consumerCount).toBe(1);

    // Removing the input port removes the edge and the consumer.
    await saveProductSpec(db, { ...downstream, spec: { ...downstream.spec, inputPorts: [] } }, { actor: downstreamOwner.caller, mode: "update" });
    expect(await db.lineageEdge.count({ where: { downstreamProductId: id } })).toBe(0);
    expect((await db.dataProduct.findFirstOrThrow({ where: { name: upstream.metadata.name } })).consumerCount).toBe(0);
  });

  it("names the input port that points at a product that does not exist", async () => {
    const { db } = database;
    const { team, domain, caller } = await createTeamWithDomain(db);
    const spec = goodSpec(domain.slug, team.slug);
    spec.spec.inputPorts = [{ name: "ghost", type: "kafka", product: "nowhere/ghost-product" }];
    await expect(saveProductSpec(db, spec, { actor: caller, mode: "create" })).rejects.toMatchObject({
      details: [{ path: "spec.inputPorts[0].product", message: expect.stringContaining("nowhere/ghost-product") }],
    });
  });
});
