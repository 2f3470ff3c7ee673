import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productRecordInclude } from "../../lib/catalog/product-record";
import { recordToSpec } from "../../lib/catalog/spec-mapping";
import { generateSynthetic } from "../../scripts/synthetic/load";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await generateSynthetic(database.url, { products: 400, edges: 2_000, domains: 8, seed: 7, anchor: new Date("2026-11-01T00:00:00Z"), reset: false }, () => undefined);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe("synthetic generator", () => {
  it("records each product's spec as its latest version, equal to the spec its rows export", async () => {
    const products = await database.db.dataProduct.findMany({ orderBy: { id: "asc" }, include: { ...productRecordInclude, versions: { orderBy: { version: "desc" } } } });
    expect(products).toHaveLength(400);
    for (const product of products) {
      expect(product.versions).toHaveLength(1);
      expect(product.versions[0].version).toBe(product.version);
      expect(product.versions[0].spec).toEqual(JSON.parse(JSON.stringify(recordToSpec(product))));
    }
  });

});
