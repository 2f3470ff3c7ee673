import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { parseQueryText } from "./query-text";
import type { SearchViewer } from "./viewer";

export interface Suggestion {
  kind: "product" | "domain" | "team";
  label: string;
  detail: string;
  href: string;
}

const PRODUCTS = 6;
const OTHERS = 3;
const MIN_TRIGRAM_LENGTH = 3;

/**
 * What the ⌘K palette offers while typing: products whose name or title contains the typed words
 * in order, then domains and teams by name. One statement. LIKE '%…%' is answered by the trigram
 * indexes on name and title without touching the stored search document (a weighted tsquery has to
 * detoast it for every candidate); below three characters a trigram index cannot help, so only an
 * exact name is offered.
 */
export function typeaheadSql(raw: string, viewer: SearchViewer): Prisma.Sql | null {
  const text = parseQueryText(raw);
  if (!text.tokens.length) return null;
  const like = `%${text.tokens.join("%")}%`;
  const productMatch =
    text.tokens.join("").length >= MIN_TRIGRAM_LENGTH
      ? Prisma.sql`(p."name" LIKE ${like} OR p."title" ILIKE ${like} OR p."name" = ${text.slug})`
      : Prisma.sql`p."name" = ${text.slug}`;
  const visible = viewer.readsAllRestricted
    ? Prisma.sql`TRUE`
    : Prisma.sql`(p."classification" IS DISTINCT FROM 'RESTRICTED' OR p."owningTeamId" = ANY(${viewer.teamIds}::int[]) OR d."owningTeamId" = ANY(${viewer.teamIds}::int[]))`;
  return Prisma.sql`
    (SELECT 'product' AS kind, p."title" AS label, d."slug" || '/' || p."name" AS detail, '/products/' || d."slug" || '/' || p."name" AS href
       FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId"
      WHERE ${productMatch} AND ${visible}
      ORDER BY (p."name" = ${text.slug}) DESC, (p."name" LIKE ${`${text.slug}%`}) DESC, p."consumerCount" DESC, p."id" LIMIT ${PRODUCTS})
    UNION ALL
    (SELECT 'domain', d."name", d."slug", '/domains/' || d."slug" FROM "domains" d WHERE d."name" ILIKE ${like} OR d."slug" ILIKE ${like} ORDER BY d."name" LIMIT ${OTHERS})
    UNION ALL
    (SELECT 'team', t."name", t."slug", '/teams/' || t."slug" FROM "teams" t WHERE t."name" ILIKE ${like} OR t."slug" ILIKE ${like} ORDER BY t."name" LIMIT ${OTHERS})`;
}

export async function typeahead(db: PrismaClient, raw: string, viewer: SearchViewer): Promise<Suggestion[]> {
  const sql = typeaheadSql(raw, viewer);
  return sql ? db.$queryRaw<Suggestion[]>(sql) : [];
}
