import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deprecateProduct, reactivateProduct, retireProduct } from "../../lib/catalog/lifecycle";
import { ConflictError, ForbiddenError, InvalidSpecError } from "../../lib/catalog/errors";
import { listPublishTargets } from "../../lib/catalog/product-form-options";
import { searchOutputPorts } from "../../lib/catalog/product-form-port-search";
import { saveFromForm } from "../../lib/catalog/product-form-save";
import { saveProductSpec } from "../../lib/catalog/save-product";
import { createTeamWithDomain, goodSpec } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

async function activeProduct() {
  const { db } = database;
  const owner = await createTeamWithDomain(database.db);
  const spec = goodSpec(owner.domain.slug, owner.team.slug);
  await saveProductSpec(db, spec, { actor: owner.caller, mode: "create" });
  return { ...owner, spec, target: { domain: owner.domain.slug, name: spec.metadata.name } };
}

describe("lifecycle of a published product", () => {
  it("deprecates with a notice, retires and reactivates, each recorded in history", async () => {
    const { db } = database;
    const { caller, target } = await activeProduct();
    await deprecateProduct(db, caller, target, { sunsetDate: "2027-03-31", message: "Move to orders-v2", replacement: "orders-v2" });
    let stored = await db.dataProduct.findFirstOrThrow({ where: { name: target.name }, include: { versions: { orderBy: { version: "asc" } } } });
    expect(stored).toMatchObject({ status: "DEPRECATED", deprecationMessage: "Move to orders-v2", replacementRef: `${target.domain}/orders-v2` });
    expect(stored.sunsetDate?.toISOString().slice(0, 10)).toBe("2027-03-31");

    await retireProduct(db, caller, target);
    await reactivateProduct(db, caller, target);
    stored = await db.dataProduct.findFirstOrThrow({ where: { name: target.name }, include: { versions: { orderBy: { version: "asc" } } } });
    expect(stored.status).toBe("ACTIVE");
    expect(stored.deprecationMessage).toBeNull();
    expect(stored.versions.map((row) => row.changeKind)).toEqual(["CREATED", "DEPRECATED", "RETIRED", "REACTIVATED"]);
    expect(stored.versions.every((row) => row.authorId === caller.userId)).toBe(true);
  });

  it("refuses an incomplete deprecation notice with the paths to fix, and changes nothing", async () => {
    const { db } = database;
    const { caller, target } = await activeProduct();
    const error = await deprecateProduct(db, caller, target, { sunsetDate: "next spring", message: "" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidSpecError);
    expect((error as InvalidSpecError).details.map((detail) => detail.path).sort()).toEqual(["metadata.deprecation.message", "metadata.deprecation.sunsetDate"]);
    expect((await db.dataProduct.findFirstOrThrow({ where: { name: target.name } })).status).toBe("ACTIVE");
  });

  it("refuses other teams, viewers, plain members retiring, and moves from the wrong state", async () => {
    const { db } = database;
    const { target, team } = await activeProduct();
    const stranger = await createTeamWithDomain(db);
    await expect(deprecateProduct(db, stranger.caller, target, { sunsetDate: "2027-01-01", message: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    const viewer = { ...stranger.caller, role: "VIEWER" as const, teams: [{ teamId: team.id, slug: team.slug, role: "OWNER" as const }] };
    await expect(retireProduct(db, viewer, target)).rejects.toBeInstanceOf(ForbiddenError);
    const member = { ...stranger.caller, teams: [{ teamId: team.id, slug: team.slug, role: "MEMBER" as const }] };
    await expect(retireProduct(db, member, target)).rejects.toThrow(/owners and maintainers/);
    await expect(reactivateProduct(db, member, target)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("saving from the form", () => {
  it("answers a stale version with what is stored now instead of overwriting", async () => {
    const { db } = database;
    const { caller, spec } = await activeProduct();
    const first = await saveFromForm(db, caller, { ...spec, metadata: { ...spec.metadata, title: "Theirs" } }, { mode: "update", expectedVersion: 1 });
    expect(first).toMatchObject({ ok: true, version: 2 });
    const second = await saveFromForm(db, caller, { ...spec, metadata: { ...spec.metadata, title: "Mine" } }, { mode: "update", expectedVersion: 1 });
    expect(second).toMatchObject({ ok: false, conflict: { currentVersion: 2, theirs: { metadata: { title: "Theirs" } }, changedBy: caller.name } });
    expect((await db.dataProduct.findFirstOrThrow({ where: { name: spec.metadata.name } })).title).toBe("Theirs");
  });

  it("returns field errors for an invalid spec and for publishing with governance errors", async () => {
    const { db } = database;
    const { caller, domain, team } = await createTeamWithDomain(db);
    const invalid = await saveFromForm(db, caller, { ...goodSpec(domain.slug, team.slug), metadata: { name: "Bad Name" } }, { mode: "create" });
    expect(invalid).toMatchObject({ ok: false, fieldErrors: expect.arrayContaining([expect.objectContaining({ path: "metadata.name" })]) });
    const spec = goodSpec(domain.slug, team.slug);
    const blocked = await saveFromForm(db, caller, { ...spec, spec: { ...spec.spec, description: undefined } }, { mode: "create" });
    expect(blocked).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be active/) });
    expect(await db.dataProduct.count({ where: { name: spec.metadata.name } })).toBe(0);
  });
});

describe("form options", () => {
  it("offers only domains and teams the caller may publish into, and finds output ports", async () => {
    const { db } = database;
    const { caller, domain, team, target } = await activeProduct();
    const targets = await listPublishTargets(db, caller);
    expect(targets.map((item) => item.slug)).toEqual([domain.slug]);
    expect(targets[0].teams.map((item) => item.slug)).toEqual([team.slug]);
    expect(await listPublishTargets(db, { ...caller, role: "VIEWER" })).toEqual([]);

    const matches = await searchOutputPorts(db, caller, target.name.slice(0, 12));
    expect(matches).toContainEqual(expect.objectContaining({ product: `${domain.slug}/${target.name}`, port: "orders-table", technology: "snowflake" }));
    expect(await searchOutputPorts(db, caller, target.name, `${domain.slug}/${target.name}`)).toEqual([]);
  });
});
