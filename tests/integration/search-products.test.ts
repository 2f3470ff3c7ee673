import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchProducts } from "../../lib/search/search-products";
import { parseSearchRequest } from "../../lib/search/search-request";
import { typeahead } from "../../lib/search/typeahead";
import type { SearchViewer } from "../../lib/search/viewer";
import { seedDemoMesh } from "../../scripts/seed-demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
const anonymous: SearchViewer = { readsAllRestricted: false, teamIds: [] };
const everything: SearchViewer = { readsAllRestricted: true, teamIds: [] };

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoMesh(database.db);
}, 120_000);
afterAll(async () => database.drop());

const search = (params: Record<string, string | string[]>, viewer: SearchViewer = everything) => searchProducts(database.db, parseSearchRequest(params), viewer);

describe("searching the catalog", () => {
  it.each(["customer-360", "customer 360", "Customer 360"])("puts customer/customer-360 first for %j", async (q) => {
    const result = await search({ q });
    expect(result.items[0]?.ref).toBe("customer/customer-360");
  });

  it("highlights the matched words", async () => {
    const [first] = (await search({ q: "customer 360" })).items;
    expect(first.highlights.title.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase())).toContain("customer");
  });

  it("finds a product by a typo'd name and offers what was meant", async () => {
    const result = await search({ q: "custmer 360" });
    expect(result.fuzzy).toBe(true);
    expect(result.items.map((hit) => hit.ref)).toContain("customer/customer-360");
    expect(result.didYouMean).toBeTruthy();
  });

  it("counts facets over the matched products and narrows by them", async () => {
    const all = await search({ q: "customer" });
    const customerDomain = all.facets.domain.find((value) => value.value === "customer");
    expect(customerDomain?.count).toBeGreaterThan(0);
    const narrowed = await search({ q: "customer", domain: "customer" });
    expect(narrowed.total).toBe(customerDomain?.count);
    expect(narrowed.items.every((hit) => hit.domain === "customer")).toBe(true);
    expect(narrowed.facets.domain.map((value) => value.value)).toEqual(["customer"]);
  });

  it("ignores unknown facet values instead of failing or emptying the result", async () => {
    const plain = await search({ q: "orders" });
    const odd = await search({ q: "orders", domain: "no-such-domain", status: "bogus", tech: "punch-cards", sort: "sideways", cursor: "%%%" });
    expect(odd.total).toBe(plain.total);
  });

  it("pages with a cursor without repeating or skipping a product", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await search({ q: "data", limit: "5", sort: "score", ...(cursor ? { cursor } : {}) });
      total = page.total;
      seen.push(...page.items.map((hit) => hit.ref));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("hides restricted products from callers who may not read them", async () => {
    const restricted = await search({ q: "", classification: "restricted" });
    expect(restricted.total).toBeGreaterThan(0);
    expect((await search({ q: "", classification: "restricted" }, anonymous)).total).toBe(0);
  });

  it.each([
    '"', "'", "\\", "& | ! : * ( )", "foo & | bar", "a:*", "!!!", "(((", "🚀 🎉", "       ",
    "'; DROP TABLE data_products; --", "1 OR 1=1", "x".repeat(1000), "customer ".repeat(200), "<script>alert(1)</script>", "%_%", "\u0000",
  ])("never fails on %j", async (q) => {
    const result = await search({ q });
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(result.query.length).toBeLessThanOrEqual(200);
  });

  it("suggests products, domains and teams while typing", async () => {
    const partial = await typeahead(database.db, "custo", everything);
    expect(partial.filter((item) => item.kind === "product").every((item) => item.detail.includes("custo") || item.label.toLowerCase().includes("custo"))).toBe(true);
    expect(partial.some((item) => item.kind === "domain" && item.href === "/domains/customer")).toBe(true);
    expect(partial.some((item) => item.kind === "team" && item.href === "/teams/customer-domain-team")).toBe(true);
    const [first] = await typeahead(database.db, "customer 360", everything);
    expect(first).toMatchObject({ kind: "product", href: "/products/customer/customer-360" });
    expect(await typeahead(database.db, "& | !", everything)).toEqual([]);
  });
});
