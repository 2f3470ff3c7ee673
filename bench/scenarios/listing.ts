import { listDataProducts } from "@/lib/catalog/list-products";
import { defineScenarios, type SqlQuery } from "../scenario";

const PAGE_SIZE = 25;
const DEEP_PAGE = 500;

/**
 * What listDataProducts asks for, as one statement: the same columns, joins, order and
 * limit + 1 (the extra row says whether there is a next page). The keyset condition is written
 * the way listDataProducts hands it to Prisma (an index-range `<=` plus an OR), so both sides run the same query.
 */
function listingSql(after?: { updatedAt: string; id: number }): SqlQuery {
  const where = after ? `WHERE p."updatedAt" <= $1::timestamp(3) AND (p."updatedAt" < $1::timestamp(3) OR p."id" < $2)` : "";
  return {
    text: `SELECT p."id", p."name", p."title", p."status", p."semanticVersion", p."governanceScore", p."consumerCount", p."updatedAt",
                  d."slug" AS "domain", t."slug" AS "team"
             FROM "data_products" p
             JOIN "domains" d ON d."id" = p."domainId"
             JOIN "teams" t ON t."id" = p."owningTeamId"
             ${where}
            ORDER BY p."updatedAt" DESC, p."id" DESC
            LIMIT ${PAGE_SIZE + 1}`,
    values: after ? [after.updatedAt, after.id] : [],
  };
}

/** The cursor is opaque to the app's callers; the benchmark peeks inside only to build the SQL twin. */
function decodeCursor(cursor: string): { updatedAt: string; id: number } {
  const [updatedAt, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  return { updatedAt, id: Number(id) };
}

export const listingScenarios = defineScenarios(
  {
    name: "listing: first page",
    prepare: async ({ prisma }) => ({
      run: () => listDataProducts(prisma, { limit: PAGE_SIZE }),
      rawSql: listingSql(),
    }),
  },
  {
    name: `listing: page ${DEEP_PAGE}`,
    baseline: "listing: first page",
    prepare: async ({ prisma }) => {
      let cursor: string | undefined;
      for (let page = 1; page < DEEP_PAGE; page++) {
        const next = (await listDataProducts(prisma, { limit: PAGE_SIZE, cursor })).nextCursor;
        if (!next) throw new Error(`the catalog has fewer than ${DEEP_PAGE} pages of ${PAGE_SIZE}; generate more products`);
        cursor = next;
      }
      const at = cursor;
      return {
        run: () => listDataProducts(prisma, { limit: PAGE_SIZE, cursor: at }),
        rawSql: listingSql(at ? decodeCursor(at) : undefined),
      };
    },
  },
);
