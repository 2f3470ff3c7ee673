import { searchProducts } from "@/lib/search/search-products";
import { parseQueryText } from "@/lib/search/query-text";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchSql, type MatchMode } from "@/lib/search/search-sql";
import { decodeCursor } from "@/lib/search/cursor";
import { typeahead, typeaheadSql } from "@/lib/search/typeahead";
import type { SearchViewer } from "@/lib/search/viewer";
import { defineScenarios, type BenchContext, type PreparedScenario, type SqlQuery } from "../scenario";

/** A signed-in viewer without special rights: restricted products are filtered, as for most people. */
const viewer: SearchViewer = { readsAllRestricted: false, teamIds: [] };

function sqlOf(params: Record<string, string>, mode: MatchMode = "text"): SqlQuery {
  const request = parseSearchRequest(params);
  const statement = searchSql(request, parseQueryText(request.q), mode, viewer, decodeCursor(request.sort, request.cursor));
  return { text: statement.text, values: statement.values };
}

function searchScenario(params: Record<string, string>) {
  return async ({ prisma }: BenchContext): Promise<PreparedScenario> => ({
    run: () => searchProducts(prisma, parseSearchRequest(params), viewer),
    rawSql: sqlOf(params),
  });
}

/** A real product name from the data set, most consumed first, so the exact-name scenario hits. */
async function popularName({ pool }: BenchContext): Promise<string> {
  const { rows } = await pool.query<{ name: string }>(`SELECT "name" FROM "data_products" ORDER BY "consumerCount" DESC LIMIT 1`);
  return rows[0].name;
}

export const searchScenarios = defineScenarios(
  { name: "search: one word with facets", prepare: searchScenario({ q: "payment" }) },
  { name: "search: two words with facets", prepare: searchScenario({ q: "ledger entry" }) },
  // "customer" is in ~30% of the synthetic products: the search is bounded to WIDE_MATCH of them.
  { name: "search: common word matching tens of thousands", prepare: searchScenario({ q: "customer" }) },
  // Sorted by score, a common word walks the score order instead of the most used first.
  { name: "search: common word sorted by score", prepare: searchScenario({ q: "customer", sort: "score" }) },
  // "data" is in ~8% of the synthetic products: too many to rank them all, too few to find a thousand by walking the usefulness order.
  { name: "search: word in one product in thirteen", prepare: searchScenario({ q: "data" }) },
  {
    name: "search: exact name typed with spaces",
    prepare: async (context) => searchScenario({ q: (await popularName(context)).replace(/-/g, " ") })(context),
  },
  { name: "search: word + status + technology filters", prepare: searchScenario({ q: "payment", status: "active", tech: "snowflake" }) },
  {
    // The words match nothing, so the app runs the text query and then the trigram one: both are the bare SQL.
    name: "search: typo falls back to trigram names",
    prepare: async ({ prisma }) => {
      const params = { q: "paymnet segmnts" };
      return { run: () => searchProducts(prisma, parseSearchRequest(params), viewer), rawSql: [sqlOf(params, "text"), sqlOf(params, "fuzzy")] };
    },
  },
  {
    name: "search: page 5 by cursor",
    baseline: "search: one word with facets",
    prepare: async ({ prisma }) => {
      let cursor: string | undefined;
      for (let page = 1; page < 5; page++) {
        cursor = (await searchProducts(prisma, parseSearchRequest({ q: "payment", ...(cursor ? { cursor } : {}) }), viewer)).nextCursor ?? undefined;
        if (!cursor) throw new Error("fewer than 5 pages match 'payment'");
      }
      const params = { q: "payment", cursor: cursor as string };
      return { run: () => searchProducts(prisma, parseSearchRequest(params), viewer), rawSql: sqlOf(params) };
    },
  },
  {
    name: "search: typeahead prefix",
    prepare: async ({ prisma }) => {
      const statement = typeaheadSql("ledg", viewer);
      return { run: () => typeahead(prisma, "ledg", viewer), rawSql: statement ? { text: statement.text, values: statement.values } : undefined };
    },
  },
);
