import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/catalog/errors";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { getLineageGraph } from "../../lib/lineage/graph";
import { getImpact } from "../../lib/lineage/impact";
import { getDomainMap } from "../../lib/lineage/domain-map";
import { seedDemoMesh } from "../../scripts/seed-demo";
import { createTeamWithDomain } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let graph: Awaited<ReturnType<typeof buildGraph>>;

/**
 * Products and edges written straight to the tables, so the tests can build shapes the writer
 * forbids (a self-loop) or that would take long through it (1,000 children).
 */
async function buildGraph(db: PrismaClient) {
  const { team, domain } = await createTeamWithDomain(db);
  const { domain: other } = await createTeamWithDomain(db);
  const names = ["a", "b", "c", "d", "cyc1", "cyc2", "cyc3", "self", "island1", "island2", "hub", "old", "reader", "ping", "pong"];
  const ids = new Map<string, number>();
  for (const name of names) {
    const product = await db.dataProduct.create({
      data: { name, title: name.toUpperCase(), domainId: name === "d" ? other.id : domain.id, owningTeamId: team.id, status: name === "old" ? "DEPRECATED" : "ACTIVE" },
    });
    ids.set(name, product.id);
  }
  const children = await db.dataProduct.createManyAndReturn({
    data: Array.from({ length: 1000 }, (_, i) => ({ name: `child-${i}`, title: `Child ${i}`, domainId: domain.id, owningTeamId: team.id })),
    select: { id: true },
  });
  const edge = (up: string, down: string) => ({ upstreamProductId: ids.get(up)!, downstreamProductId: ids.get(down)! });
  await db.lineageEdge.createMany({
    data: [
      // diamond a → b, c → d (d in another domain)
      edge("a", "b"), edge("a", "c"), { ...edge("b", "d"), crossDomain: true }, { ...edge("c", "d"), crossDomain: true },
      // cycle cyc1 → cyc2 → cyc3 → cyc1, fed by a
      edge("a", "cyc1"), edge("cyc1", "cyc2"), edge("cyc2", "cyc3"), edge("cyc3", "cyc1"),
      edge("self", "self"), edge("island1", "island2"), edge("old", "reader"),
      // two products reading each other
      edge("ping", "pong"), edge("pong", "ping"),
      ...children.map((child) => ({ upstreamProductId: ids.get("hub")!, downstreamProductId: child.id })),
    ],
  });
  return { domain: domain.slug, other: other.slug, ids };
}

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await buildGraph(database.db);
});
afterAll(async () => database.drop());

const ref = (name: string) => `${name === "d" ? graph.other : graph.domain}/${name}`;

describe("lineage traversal", () => {
  it("follows a diamond downstream, listing the shared node once with both edges", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "a", { direction: "downstream", depth: 2 });
    const ids = result.nodes.map((node) => node.id);
    expect(ids.filter((id) => id === ref("d"))).toHaveLength(1);
    expect(result.nodes.find((node) => node.id === ref("d"))).toMatchObject({ level: 2, domain: graph.other, status: "active" });
    expect(result.edges.filter((edge) => edge.to === ref("d"))).toHaveLength(2);
    expect(result.edges.find((edge) => edge.to === ref("d"))?.crossDomain).toBe(true);
    expect(result.truncated).toBe(false);
  });

  it("stops at the asked depth", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "a", { direction: "downstream", depth: 1 });
    expect(result.nodes.map((node) => node.id).sort()).toEqual([ref("a"), ref("b"), ref("c"), ref("cyc1")].sort());
  });

  it("walks a cycle without looping and reports it", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "cyc1", { direction: "both", depth: 10 });
    expect(result.nodes.filter((node) => node.id.startsWith(`${graph.domain}/cyc`))).toHaveLength(3);
    expect(result.cycles.map((cycle) => [...cycle].sort())).toContainEqual([ref("cyc1"), ref("cyc2"), ref("cyc3")].sort());
  });

  it("reports a self-loop as a cycle and keeps the node once", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "self", { direction: "both", depth: 3 });
    expect(result.nodes).toHaveLength(1);
    expect(result.cycles).toEqual([[ref("self")]]);
  });

  it("never crosses into a disconnected part", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "island2", { direction: "both", depth: 10 });
    expect(result.nodes.map((node) => node.id).sort()).toEqual([ref("island1"), ref("island2")]);
    expect(result.nodes.find((node) => node.id === ref("island1"))?.level).toBe(-1);
  });

  it("lists all 1,000 children of a wide fan-out under the cap, and truncates above it", async () => {
    const full = await getLineageGraph(database.db, graph.domain, "hub", { direction: "downstream", depth: 1 });
    expect(full.nodes).toHaveLength(1001);
    expect(full.edges).toHaveLength(1000);
    expect(full.truncated).toBe(false);
    const capped = await getLineageGraph(database.db, graph.domain, "hub", { direction: "downstream", depth: 1, cap: 100 });
    expect(capped.nodes).toHaveLength(101);
    expect(capped.truncated).toBe(true);
  });

  it("lists the direct neighbours both ways with the edges among them", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "cyc2", { direction: "both", depth: 1 });
    expect(result.nodes.map((node) => [node.id, node.level])).toEqual([[ref("cyc1"), -1], [ref("cyc2"), 0], [ref("cyc3"), 1]]);
    const edges = result.edges.map((edge) => `${edge.from}>${edge.to}`).sort();
    // cyc3 → cyc1 joins two neighbours: it shows, so the cycle does
    expect(edges).toEqual([`${ref("cyc1")}>${ref("cyc2")}`, `${ref("cyc2")}>${ref("cyc3")}`, `${ref("cyc3")}>${ref("cyc1")}`].sort());
    expect(result.cycles).toHaveLength(1);
    expect(result.truncated).toBe(false);
  });

  it("lists a product that both feeds and reads the focus once, upstream, with both edges", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "ping", { direction: "both", depth: 1 });
    expect(result.nodes.map((node) => [node.id, node.level])).toEqual([[ref("pong"), -1], [ref("ping"), 0]]);
    expect(result.edges).toHaveLength(2);
    expect(result.cycles.map((cycle) => [...cycle].sort())).toEqual([[ref("ping"), ref("pong")].sort()]);
  });

  it("shares the cap between both directions at depth 1 and says when it cut", async () => {
    const capped = await getLineageGraph(database.db, graph.domain, "hub", { direction: "both", depth: 1, cap: 100 });
    expect(capped.nodes).toHaveLength(101);
    expect(capped.edges).toHaveLength(100);
    expect(capped.truncated).toBe(true);
    const exact = await getLineageGraph(database.db, graph.domain, "hub", { direction: "both", depth: 1, cap: 1000 });
    expect(exact).toMatchObject({ truncated: false });
  });

  it("gives the same neighbourhood at depth 1 as the deeper walk's first ring", async () => {
    const near = await getLineageGraph(database.db, graph.domain, "a", { direction: "both", depth: 1 });
    const far = await getLineageGraph(database.db, graph.domain, "a", { direction: "both", depth: 2 });
    const ring = new Set(far.nodes.filter((node) => Math.abs(node.level) <= 1).map((node) => node.id));
    expect(new Set(near.nodes.map((node) => node.id))).toEqual(ring);
    const inRing = (edge: { from: string; to: string }) => ring.has(edge.from) && ring.has(edge.to);
    expect(near.edges.map((edge) => `${edge.from}>${edge.to}`).sort()).toEqual(far.edges.filter(inRing).map((edge) => `${edge.from}>${edge.to}`).sort());
  });

  it("clamps a depth above 10 and says so", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "a", { direction: "both", depth: 50 });
    expect(result).toMatchObject({ depth: 10, depthClamped: true });
  });

  it("flags a deprecated input of an active product as a risk", async () => {
    const result = await getLineageGraph(database.db, graph.domain, "reader", { direction: "upstream", depth: 1 });
    expect(result.edges).toEqual([expect.objectContaining({ from: ref("old"), to: ref("reader"), risk: true })]);
  });

  it("refuses an unknown product with a pointer to search", async () => {
    await expect(getLineageGraph(database.db, graph.domain, "nope", { direction: "both", depth: 1 })).rejects.toThrow(NotFoundError);
    await expect(getLineageGraph(database.db, graph.domain, "nope", { direction: "both", depth: 1 })).rejects.toThrow(/search\?q=nope/);
    await expect(getLineageGraph(database.db, graph.domain, "nope", { direction: "downstream", depth: 3 })).rejects.toThrow(NotFoundError);
  });
});

describe("impact analysis on tricky graphs", () => {
  it("lists each downstream product once with the path that reaches it", async () => {
    const report = await getImpact(database.db, graph.domain, "a", { depth: 5 });
    const items = report.groups.flatMap((group) => group.products);
    expect(items.map((item) => item.ref).sort()).toEqual([ref("b"), ref("c"), ref("d"), ref("cyc1"), ref("cyc2"), ref("cyc3")].sort());
    expect(items.find((item) => item.ref === ref("cyc3"))?.path).toEqual([ref("a"), ref("cyc1"), ref("cyc2"), ref("cyc3")]);
    expect(report.groups.map((group) => group.domain)).toEqual([graph.domain, graph.other]);
    expect(report.directConsumers).toBe(3);
  });

  it("counts every direct consumer of a hub even when the list is capped", async () => {
    const report = await getImpact(database.db, graph.domain, "hub", { depth: 2, cap: 10 });
    expect(report).toMatchObject({ directConsumers: 1000, total: 10, truncated: true });
  });
});

describe("lineage on the demo mesh", () => {
  let demo: TestDatabase;
  beforeAll(async () => {
    demo = await createTestDatabase();
    await seedDemoMesh(demo.db);
  });
  afterAll(async () => demo.drop());

  it("shows customer-360 with its upstream source systems and downstream readers", async () => {
    const result = await getLineageGraph(demo.db, "customer", "customer-360", { direction: "both", depth: 2 });
    expect(result.focus).toBe("customer/customer-360");
    expect(result.nodes.some((node) => node.level > 0)).toBe(true);
    expect(result.nodes.some((node) => node.level < 0)).toBe(true);
    for (const edge of result.edges) {
      expect(result.nodes.some((node) => node.id === edge.from)).toBe(true);
      expect(result.nodes.some((node) => node.id === edge.to)).toBe(true);
    }
  });

  it("narrows impact to readers that declare a field, and says which are only product-level", async () => {
    const all = await getImpact(demo.db, "order", "orders", { depth: 1 });
    const byField = await getImpact(demo.db, "order", "orders", { depth: 1, field: "country_code" });
    const fieldRefs = byField.groups.flatMap((group) => group.products.map((item) => item.ref));
    // logistics and finance read orders declaring country_code
    expect(fieldRefs.some((item) => item.startsWith("logistics/"))).toBe(true);
    expect(fieldRefs.some((item) => item.startsWith("finance/"))).toBe(true);
    expect(fieldRefs.length).toBeLessThan(all.total);
    // customer-insights reads orders declaring its fields without country_code: not impacted
    expect(fieldRefs.some((item) => item.startsWith("customer-insights/"))).toBe(false);
    for (const item of byField.groups.flatMap((group) => group.products)) expect(["declared", "product-level"]).toContain(item.fieldUse);
  });

  it("shows an input whose upstream product was deleted as a broken edge", async () => {
    const c360 = await demo.db.dataProduct.findFirstOrThrow({ where: { name: "customer-360" }, select: { id: true } });
    const reader = await demo.db.inputPort.findFirstOrThrow({ where: { sourceProductId: c360.id }, select: { product: { select: { name: true, domain: { select: { slug: true } } } } } });
    await demo.db.dataProduct.delete({ where: { id: c360.id } });
    const result = await getLineageGraph(demo.db, reader.product.domain.slug, reader.product.name, { direction: "upstream", depth: 1 });
    expect(result.nodes).toContainEqual(expect.objectContaining({ id: "missing:customer/customer-360", kind: "missing" }));
    expect(result.edges).toContainEqual(expect.objectContaining({ from: "missing:customer/customer-360", broken: true }));
  });

  it("weighs domain connections by their product edges", async () => {
    const map = await getDomainMap(demo.db);
    expect(map.domains.length).toBe(12);
    expect(map.connections.length).toBeGreaterThan(0);
    expect(map.connections.every((connection) => connection.edges > 0 && connection.from !== connection.to)).toBe(true);
  });
});
