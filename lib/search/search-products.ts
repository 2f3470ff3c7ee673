import "server-only";
import { prisma } from "@/lib/db/prisma";

export interface SearchHit {
  ref: string;
  title: string;
  description: string | null;
  status: string;
  governanceScore: number;
  rank: number;
}

const MAX_QUERY_LENGTH = 200;

/**
 * Ranked full-text search over the stored weighted document, with trigram similarity on the name
 * and title for typos and partial words. Any text is safe: websearch_to_tsquery never raises on
 * user syntax, and every value is a bound parameter.
 */
export async function searchProducts(rawQuery: string, limit = 25): Promise<SearchHit[]> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  if (!query) return [];
  const slugish = query.toLowerCase().replace(/\s+/g, "-");
  const rows = await prisma.$queryRaw<(Omit<SearchHit, "ref" | "status"> & { domain: string; name: string; status: string })[]>`
    WITH q AS (SELECT websearch_to_tsquery('simple', ${query}) AS ts, websearch_to_tsquery('english', ${query}) AS en)
    SELECT p."name", d."slug" AS domain, p."title", left(p."description", 240) AS description, p."status"::text AS status, p."governanceScore",
           (CASE WHEN p."name" = ${slugish} THEN 10 ELSE 0 END
            + ts_rank(p."searchVector", q.ts) + ts_rank(p."searchVector", q.en)
            + greatest(similarity(p."name", ${slugish}), similarity(p."title", ${query})))::float AS rank
    FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId", q
    WHERE p."searchVector" @@ q.ts OR p."searchVector" @@ q.en OR p."name" % ${slugish} OR p."title" % ${query}
    ORDER BY rank DESC, p."consumerCount" DESC, p."governanceScore" DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, ref: `${row.domain}/${row.name}`, status: row.status.toLowerCase() }));
}
