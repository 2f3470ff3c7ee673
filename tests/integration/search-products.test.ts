import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveProductSpec } from "../../lib/catalog/save-product";
import { createPrismaClient } from "../../lib/db/client";
import { searchProducts } from "../../lib/search/search-products";
import { parseSearchRequest } from "../../lib/search/search-request";
import { typeahead } from "../../lib/search/typeahead";
import type { SearchViewer } from "../../lib/search/viewer";
import { seedDemoMesh } from "../../scripts/seed-demo";
import { WIDE_MATCH } from "../../lib/search/search-sql";
import { createTeamWithDomain, goodSpec } from "../support/factories";
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

  it("finds a product by a last word still being typed", async () => {
    const result = await search({ q: "campaign perf" });
    expect(result.fuzzy).toBe(false);
    expect(result.items.map((hit) => hit.name)).toContain("campaign-performance");
  });

  it("finds a product by another form of a word in its name", async () => {
    expect((await search({ q: "chargebacks" })).items.map((hit) => hit.name)).toContain("chargeback-risk");
  });

  it("finds a product whose words are in different fields and forms, ignoring stop words", async () => {
    const { team, domain, caller } = await createTeamWithDomain(database.db);
    const spec = goodSpec(domain.slug, team.slug, "quokkas-ledger");
    spec.metadata.title = "Quokkas Ledger";
    spec.spec.description = "Mastered nightly from the billing system.";
    await saveProductSpec(database.db, spec, { actor: caller, mode: "create" });
    const refs = async (q: string) => (await search({ q })).items.map((hit) => hit.ref);
    // "quokkas" is in the title as typed, "mastering" only in the description, where words are stemmed.
    expect(await refs("quokkas mastering")).toEqual([`${domain.slug}/quokkas-ledger`]);
    expect(await refs("the quokkas of")).toEqual([`${domain.slug}/quokkas-ledger`]);
    expect(await refs("quokkas unicorns")).toEqual([]);
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

  it.each(["status", "classification", "pii", "score", "team", "tag", "tech"] as const)("counts the %s facet as narrowing by each value finds", async (facet) => {
    const all = await search({ q: "customer" });
    expect(all.facets[facet].length).toBeGreaterThan(0);
    for (const value of all.facets[facet]) expect((await search({ q: "customer", [facet]: value.value })).total).toBe(value.count);
    // Every product has one status, one PII answer and one score band.
    if (facet === "status" || facet === "pii" || facet === "score") expect(all.facets[facet].reduce((sum, value) => sum + value.count, 0)).toBe(all.total);
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

  it("pages by relevance without repeating or skipping, on a server that prints floats with 15 digits", async () => {
    // The rank travels in the cursor: it must come back equal to the stored one even when printed short.
    const short = new URL(database.url);
    short.searchParams.set("options", "-c extra_float_digits=0");
    const db = createPrismaClient(short.toString(), 1);
    try {
      const seen: string[] = [];
      let cursor: string | undefined;
      let total = 0;
      do {
        const page = await searchProducts(db, parseSearchRequest({ q: "customer orders", limit: "3", ...(cursor ? { cursor } : {}) }), everything);
        total = page.total;
        seen.push(...page.items.map((hit) => hit.ref));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(total).toBeGreaterThan(6);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(seen.length);
    } finally {
      await db.$disconnect();
    }
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

  it("filters and counts by port technology, following a product whose ports change", async () => {
    const { team, domain, caller } = await createTeamWithDomain(database.db);
    const spec = goodSpec(domain.slug, team.slug, "switching-ports-product");
    const ref = `${domain.slug}/switching-ports-product`;
    await saveProductSpec(database.db, spec, { actor: caller, mode: "create" });
    const onSnowflake = await search({ q: "switching ports product", tech: "snowflake" });
    expect(onSnowflake.items.map((hit) => hit.ref)).toEqual([ref]);
    expect(onSnowflake.facets.tech).toEqual([{ value: "snowflake", label: "snowflake", count: 1 }]);

    const streamed = { ...spec, spec: { ...spec.spec, outputPorts: [{ name: "orders-stream", type: "kafka" as const, topic: "shop.orders", format: "avro" }] } };
    await saveProductSpec(database.db, streamed, { actor: caller, mode: "update" });
    expect((await search({ q: "switching ports product", tech: "snowflake" })).items.map((hit) => hit.ref)).not.toContain(ref);
    const onKafka = await search({ q: "switching ports product", tech: "kafka" });
    expect(onKafka.items.map((hit) => hit.ref)).toEqual([ref]);
    expect(onKafka.facets.tech).toEqual([{ value: "kafka", label: "kafka", count: 1 }]);
  });

  /** `count` copies of customer-360 named `<word>-copy-<n>`, used n times each, whose search document is only "<word> copy". */
  const insertCopies = (word: string, count: number) => database.db.$executeRaw`
      INSERT INTO "data_products" ("domainId", "name", "title", "semanticVersion", "status", "owningTeamId", "contactEmail", "consumerCount", "searchVector", "updatedAt")
      SELECT p."domainId", ${word} || '-copy-' || n, initcap(${word}) || ' copy ' || n, p."semanticVersion", p."status", p."owningTeamId", p."contactEmail", n,
             to_tsvector('simple', ${word} || ' copy'), now()
        FROM "data_products" p, generate_series(1, ${count}::int) n WHERE p."name" = 'customer-360'`;
  /** One product named `name`, used `consumers` times, whose search document is only its name. */
  const insertNamed = (name: string, consumers: number) => database.db.$executeRaw`
      INSERT INTO "data_products" ("domainId", "name", "title", "semanticVersion", "status", "owningTeamId", "contactEmail", "consumerCount", "searchVector", "updatedAt")
      SELECT p."domainId", ${name}, initcap(${name}), p."semanticVersion", p."status", p."owningTeamId", p."contactEmail", ${consumers}::int, to_tsvector('simple', ${name}), now()
        FROM "data_products" p WHERE p."name" = 'customer-360'`;

  it("reads the last word as a prefix only while the whole words leave room under WIDE_MATCH", async () => {
    // WIDE_MATCH + 10 products with the whole word "prefixword", and one, the most used, with only a longer word starting with it.
    await insertCopies("prefixword", WIDE_MATCH + 10);
    await insertNamed("prefixwordsmith", 1_000_000);
    try {
      const whole = await search({ q: "prefixword" });
      expect(whole.capped).toBe(true);
      expect(whole.items.map((hit) => hit.name)).not.toContain("prefixwordsmith");
      expect(whole.items[0]?.name).toBe(`prefixword-copy-${WIDE_MATCH + 10}`);
      const partial = await search({ q: "prefixwordsmit" });
      expect(partial.items.map((hit) => hit.name)).toEqual(["prefixwordsmith"]);
    } finally {
      await database.db.$executeRaw`DELETE FROM "data_products" WHERE "name" LIKE 'prefixword%'`;
    }
  });

  it("finds the little-used products too, in every order, when the products in use leave room under WIDE_MATCH", async () => {
    // Used 1 to 5 times: the search index keeps products used fewer than three times apart.
    await insertCopies("tierword", 5);
    try {
      for (const sort of ["relevance", "consumers", "score", "recent"]) {
        const result = await search({ q: "tierword", sort });
        expect(result.total).toBe(5);
        expect(result.items.map((hit) => hit.consumerCount).sort()).toEqual([1, 2, 3, 4, 5]);
      }
      expect((await search({ q: "tierword", sort: "consumers" })).items.map((hit) => hit.consumerCount)).toEqual([5, 4, 3, 2, 1]);
    } finally {
      await database.db.$executeRaw`DELETE FROM "data_products" WHERE "name" LIKE 'tierword%'`;
    }
  });

  it("counts a search as past the bound when products in use fill all but one place of it", async () => {
    // Used 3 to WIDE_MATCH + 2 times: WIDE_MATCH products in use, and two little used, the first of which takes the last place.
    await insertCopies("edgeword", WIDE_MATCH + 2);
    try {
      const result = await search({ q: "edgeword", sort: "consumers" });
      expect(result.capped).toBe(true);
      expect(result.total).toBe(WIDE_MATCH);
    } finally {
      await database.db.$executeRaw`DELETE FROM "data_products" WHERE "name" LIKE 'edgeword%'`;
    }
  });

  it("bounds a search matching more than WIDE_MATCH products, keeping the exact name first", async () => {
    // Copies of one product under other names, all matching the word "wideword", plus one exactly named so but unused.
    await insertCopies("wideword", WIDE_MATCH + 10);
    await insertNamed("wideword", 0);
    try {
      const result = await search({ q: "wideword" });
      expect(result.capped).toBe(true);
      expect(result.total).toBe(WIDE_MATCH);
      expect(result.items[0]?.name).toBe("wideword");
      expect(result.items[1]?.name).toBe(`wideword-copy-${WIDE_MATCH + 10}`);
      const narrow = await search({ q: "customer 360" });
      expect(narrow.capped).toBe(false);
    } finally {
      await database.db.$executeRaw`DELETE FROM "data_products" WHERE "name" LIKE 'wideword%'`;
    }
  });
});
