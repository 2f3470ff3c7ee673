import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { CURSOR_COLUMNS, type CursorKey } from "./cursor";
import type { QueryText } from "./query-text";
import type { ScoreBand, SearchRequest } from "./search-request";
import type { SearchViewer } from "./viewer";

/**
 * The SQL of a search, built from fragments with every value bound. Raw SQL because Prisma has
 * no tsquery, trigram or GROUPING support. Kept apart from the runner so the bench can time and
 * EXPLAIN exactly the statement the app sends.
 */
export type MatchMode = "text" | "fuzzy" | "browse";

const SCORE_RANGE: Record<ScoreBand, [number, number]> = { high: [90, 100], medium: [70, 89], low: [0, 69] };
const CURSOR_SQL = { rank: Prisma.sql`b."rank"`, consumers: Prisma.sql`b."consumers"`, score: Prisma.sql`b."score"`, updatedAt: Prisma.sql`b."updatedAt"`, id: Prisma.sql`b."id"` };
const CURSOR_CAST = { rank: "float8", consumers: "int", score: "int", updatedAt: "timestamp(3)", id: "int" } as const;
const TOP_TAGS = 15;

function rankSql(mode: MatchMode, text: QueryText): Prisma.Sql {
  // Exact-name intent dominates; the full-text rank (A name/title > B tags/domain/team > C description > D ports/fields) orders the rest.
  // One ts_rank over both queries: every call detoasts the stored document, the costliest step per matched row.
  if (mode === "browse") return Prisma.sql`0::float8`;
  if (mode === "fuzzy") return Prisma.sql`round(greatest(similarity(p."name", ${text.slug}), similarity(p."title", ${text.text}))::numeric, 6)::float8`;
  return Prisma.sql`round((
      CASE WHEN p."name" = ${text.slug} THEN 100 WHEN lower(p."title") = lower(${text.text}) THEN 90 WHEN p."name" LIKE ${`${text.slug}-%`} THEN 1 ELSE 0 END
      + ts_rank(p."searchVector", q.pq || q.eq))::numeric, 6)::float8`;
}

function matchSql(mode: MatchMode, text: QueryText): Prisma.Sql {
  if (mode === "browse") return Prisma.sql`TRUE`;
  if (mode === "fuzzy") return Prisma.sql`(p."name" % ${text.slug} OR p."title" % ${text.text})`;
  return Prisma.sql`(p."searchVector" @@ q.pq OR p."searchVector" @@ q.eq OR p."name" = ${text.slug})`;
}

function visibilitySql(viewer: SearchViewer): Prisma.Sql {
  if (viewer.readsAllRestricted) return Prisma.sql`TRUE`;
  if (!viewer.teamIds.length) return Prisma.sql`p."classification" IS DISTINCT FROM 'RESTRICTED'`;
  return Prisma.sql`(p."classification" IS DISTINCT FROM 'RESTRICTED' OR p."owningTeamId" = ANY(${viewer.teamIds}::int[]) OR d."owningTeamId" = ANY(${viewer.teamIds}::int[]))`;
}

/** Facet filters: OR within a facet, AND across facets. Slugs no row has are ignored rather than emptying the result. */
function filterSql(request: SearchRequest): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (request.domain.length)
    parts.push(Prisma.sql`(d."slug" = ANY(${request.domain}::text[]) OR NOT EXISTS (SELECT 1 FROM "domains" x WHERE x."slug" = ANY(${request.domain}::text[])))`);
  if (request.team.length)
    parts.push(
      Prisma.sql`(p."owningTeamId" IN (SELECT x."id" FROM "teams" x WHERE x."slug" = ANY(${request.team}::text[])) OR NOT EXISTS (SELECT 1 FROM "teams" x WHERE x."slug" = ANY(${request.team}::text[])))`,
    );
  if (request.tag.length)
    parts.push(Prisma.sql`(p."tags" && ${request.tag}::text[] OR NOT EXISTS (SELECT 1 FROM "data_products" x WHERE x."tags" && ${request.tag}::text[]))`);
  if (request.tech.length)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "output_ports" o WHERE o."productId" = p."id" AND o."technology" = ANY(${request.tech}::text[]))`);
  if (request.status.length) parts.push(Prisma.sql`p."status" = ANY(${request.status.map((value) => value.toUpperCase())}::"LifecycleStatus"[])`);
  if (request.classification.length)
    parts.push(Prisma.sql`p."classification" = ANY(${request.classification.map((value) => value.toUpperCase())}::"Classification"[])`);
  if (request.score.length)
    parts.push(Prisma.sql`(${Prisma.join(request.score.map((band) => Prisma.sql`p."governanceScore" BETWEEN ${SCORE_RANGE[band][0]} AND ${SCORE_RANGE[band][1]}`), " OR ")})`);
  if (request.pii) parts.push(request.pii === "yes" ? Prisma.sql`cardinality(p."piiColumns") > 0` : Prisma.sql`cardinality(p."piiColumns") = 0`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

function cursorSql(request: SearchRequest, after: CursorKey | null): Prisma.Sql {
  if (!after) return Prisma.sql`TRUE`;
  const columns = CURSOR_COLUMNS[request.sort];
  const left = Prisma.join(columns.map((column) => CURSOR_SQL[column]));
  const right = Prisma.join(columns.map((column, index) => Prisma.sql`${after[index]}::${Prisma.raw(CURSOR_CAST[column])}`));
  return Prisma.sql`(${left}) < (${right})`;
}

function orderSql(request: SearchRequest, alias: string): Prisma.Sql {
  return Prisma.raw(CURSOR_COLUMNS[request.sort].map((column) => `${alias}."${column}" DESC`).join(", "));
}

/**
 * One statement: the matched set once (materialised), then the page by keyset, the total and
 * every facet's live counts over that same set, returned as one row of JSON. Port technologies
 * are looked up per matched product (LATERAL, by the productId index) rather than hash-joined,
 * which would read the whole output_ports table for every search.
 */
export function searchSql(request: SearchRequest, text: QueryText, mode: MatchMode, viewer: SearchViewer, after: CursorKey | null): Prisma.Sql {
  return Prisma.sql`
    WITH q AS (SELECT to_tsquery('simple', ${text.prefixQuery}) AS pq, plainto_tsquery('english', ${text.text}) AS eq),
    base AS MATERIALIZED (
      SELECT p."id", p."domainId", p."owningTeamId", p."status", p."classification", p."governanceScore" AS score,
             p."consumerCount" AS consumers, p."updatedAt", p."tags", cardinality(p."piiColumns") > 0 AS pii,
             ${rankSql(mode, text)} AS rank
        FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId" CROSS JOIN q
       WHERE ${matchSql(mode, text)} AND ${visibilitySql(viewer)} AND ${filterSql(request)}
    ),
    page AS (
      SELECT b.* FROM base b WHERE ${cursorSql(request, after)} ORDER BY ${orderSql(request, "b")} LIMIT ${request.limit + 1}
    )
    SELECT
      (SELECT count(*) FROM base)::int AS total,
      (SELECT coalesce(json_agg(json_build_object(
                'id', b."id", 'rank', b."rank", 'consumers', b."consumers", 'score', b."score", 'updatedAt', b."updatedAt"::text,
                'name', p."name", 'title', p."title", 'description', left(p."description", 300), 'status', lower(p."status"::text),
                'classification', lower(p."classification"::text), 'tags', p."tags", 'sloState', p."sloState",
                'semanticVersion', p."semanticVersion", 'domain', d."slug", 'domainName', d."name", 'team', t."slug", 'teamName', t."name")
              ORDER BY ${orderSql(request, "b")}), '[]'::json)
         FROM page b JOIN "data_products" p ON p."id" = b."id" JOIN "domains" d ON d."id" = p."domainId" JOIN "teams" t ON t."id" = p."owningTeamId") AS items,
      (SELECT coalesce(json_agg(f), '[]'::json) FROM (
          SELECT 'domain' AS facet, d."slug" AS value, d."name" AS label, count(*)::int AS count FROM base b JOIN "domains" d ON d."id" = b."domainId" GROUP BY d."slug", d."name"
          UNION ALL SELECT 'team', t."slug", t."name", count(*)::int FROM base b JOIN "teams" t ON t."id" = b."owningTeamId" GROUP BY t."slug", t."name"
          UNION ALL SELECT 'status', lower(b."status"::text), NULL, count(*)::int FROM base b GROUP BY b."status"
          UNION ALL SELECT 'classification', lower(b."classification"::text), NULL, count(*)::int FROM base b WHERE b."classification" IS NOT NULL GROUP BY b."classification"
          UNION ALL SELECT 'score', CASE WHEN b."score" >= 90 THEN 'high' WHEN b."score" >= 70 THEN 'medium' ELSE 'low' END, NULL, count(*)::int FROM base b GROUP BY 2
          UNION ALL SELECT 'pii', CASE WHEN b."pii" THEN 'yes' ELSE 'no' END, NULL, count(*)::int FROM base b GROUP BY 2
          UNION ALL SELECT 'tech', o."technology", NULL, count(*)::int
                      FROM base b CROSS JOIN LATERAL (SELECT DISTINCT x."technology" FROM "output_ports" x WHERE x."productId" = b."id") o GROUP BY o."technology"
          UNION ALL (SELECT 'tag', tag, NULL, count(*)::int FROM base b, unnest(b."tags") tag GROUP BY tag ORDER BY 4 DESC, 2 LIMIT ${TOP_TAGS})
        ) f) AS facets`;
}
