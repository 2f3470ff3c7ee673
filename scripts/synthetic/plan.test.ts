import { describe, expect, it } from "vitest";
import { planLineage } from "./generate-lineage";
import { planOrg } from "./generate-org";
import { HUBS } from "./names";
import { planProducts } from "./plan-products";

function plan(seed: number) {
  const org = planOrg({ seed, domains: 20, anchor: new Date("2026-11-28T00:00:00Z") });
  const products = planProducts(org, 3000, seed);
  const lineage = planLineage(org, products, 30_000, seed);
  return { org, products, lineage };
}

describe("synthetic catalog plan", () => {
  it("is the same for the same seed and differs for another", () => {
    const a = plan(7);
    const b = plan(7);
    expect(b.products.names).toEqual(a.products.names);
    expect(Array.from(b.lineage.upstream)).toEqual(Array.from(a.lineage.upstream));
    expect(plan(8).products.names).not.toEqual(a.products.names);
  });

  it("draws an acyclic lineage without self-loops or duplicate pairs", () => {
    const { products, lineage } = plan(7);
    const pairs = new Set<string>();
    for (let down = 0; down < products.count; down++) {
      for (let i = lineage.offsets[down]; i < lineage.offsets[down + 1]; i++) {
        const up = lineage.upstream[i];
        expect(up).not.toBe(down);
        expect(products.orderKey[up]).toBeLessThan(products.orderKey[down]);
        pairs.add(`${up}>${down}`);
      }
    }
    expect(pairs.size).toBe(lineage.productEdges);
    expect(lineage.productEdges + lineage.sourceSystemOf.length).toBe(30_000);
  });

  it("gives the hubs the most consumers and keeps product names unique per domain", () => {
    const { products, lineage } = plan(7);
    expect(products.hubs).toHaveLength(HUBS.length);
    const counts = Array.from(lineage.consumerCount).sort((x, y) => y - x);
    for (const hub of products.hubs) expect(lineage.consumerCount[hub]).toBeGreaterThanOrEqual(counts[HUBS.length - 1]);
    const addresses = new Set(products.names.map((name, p) => `${products.domainIndex[p]}/${name}`));
    expect(addresses.size).toBe(products.count);
  });

  it("makes roughly a fifth of the product edges cross-domain", () => {
    const { lineage } = plan(7);
    const share = lineage.crossDomainEdges / lineage.productEdges;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.35);
  });

  it("covers all three domain kinds", () => {
    const { org } = plan(7);
    expect(new Set(org.domains.map((domain) => domain.kind))).toEqual(new Set(["SOURCE_ALIGNED", "CONSUMER_ALIGNED", "AGGREGATE"]));
  });
});
