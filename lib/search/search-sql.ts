import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { CURSOR_COLUMNS, type CursorKey } from "./cursor";
import type { QueryText } from "./query-text";
import { CLASSIFICATIONS, LIFECYCLE_STATUSES } from "@/lib/spec/enums";
import { SCORE_BANDS, type FacetKey, type ScoreBand, type SearchRequest } from "./search-request";
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
/**
 * A common word matches tens of thousands of products; ranking and counting all of them would take
 * seconds. Past this many matches the search works on the first WIDE_MATCH in a cheap order (most
 * used first for relevance, else the chosen sort, so that sort's first pages stay exact), plus any
 * product named exactly as typed, and says the counts are "WIDE_MATCH+". Walking the cheap order
 * reads about four rows per match for a word in every third product, one random heap page each:
 * 1,000 keeps that walk within the 50 ms search budget (2,000 took about 60 ms on the 100k bench).
 */
export const WIDE_MATCH = 1000;
type CandidateColumn = "consumerCount" | "governanceScore" | "updatedAt" | "id";
const CANDIDATE_ORDER: Record<SearchRequest["sort"], CandidateColumn[]> = {
  relevance: ["consumerCount", "governanceScore", "updatedAt", "id"],
  score: ["governanceScore", "consumerCount", "updatedAt", "id"],
  recent: ["updatedAt", "id"],
  consumers: ["consumerCount", "governanceScore", "updatedAt", "id"],
};
/** The candidate columns under the names they are selected as, for ordering the union of two candidate sets. */
const CANDIDATE_OUTPUT: Record<CandidateColumn, string> = { consumerCount: "consumers", governanceScore: "score", updatedAt: "updatedAt", id: "id" };
const candidateOrder = (sort: SearchRequest["sort"], alias: string | null) =>
  Prisma.raw(CANDIDATE_ORDER[sort].map((column) => (alias ? `${alias}."${column}" DESC` : `"${CANDIDATE_OUTPUT[column]}" DESC`)).join(", "));

/**
 * Each word matches as typed (names, titles, tags and fields are indexed unstemmed) or by its English
 * stem (descriptions are stemmed), and every word must match, in any field: search_words_query
 * (migration 20261129130000) builds "( 'customer' | 'custom' ) & 'master'". ORing the two whole
 * readings instead ("customer & master | custom & master") missed a product whose words changed form
 * across fields ("quokkas mastering" against the title "Quokkas Ledger" and the description
 * "Mastered nightly"), and made the GIN scan walk both long posting lists of a common word.
 * The function is immutable and its arguments are bound values, so the planner folds it to a constant
 * and estimates from the index statistics how many products match, which decides between the GIN
 * index (a rare word) and walking the usefulness order (a word in every third product).
 * `fullQuery` reads the last word as a prefix (it may still be being typed), `wordQuery` reads every
 * word as complete.
 */
const fullQuery = (text: QueryText) => Prisma.sql`search_words_query(${text.tokens}::text[], TRUE)`;
const wordQuery = (text: QueryText) => Prisma.sql`search_words_query(${text.tokens}::text[], FALSE)`;
/**
 * What reading the last word as a prefix adds. With every word a required group at the top of both
 * queries, a GIN scan still skips through the other words' posting lists.
 */
const prefixOnlyQuery = (text: QueryText) => Prisma.sql`(${fullQuery(text)} && !! ${wordQuery(text)})`;

/**
 * `query` is the reading that found the product (text mode): the complete words for most products,
 * the prefix reading for those only it finds. Ranking every match by the prefix reading cost
 * "customer master" a fifth of its time, as ts_rank then looks for every word starting with "master".
 */
function rankSql(mode: MatchMode, text: QueryText, query: Prisma.Sql): Prisma.Sql {
  // Exact-name intent dominates; the full-text rank (A name/title > B tags/domain/team > C description > D ports/fields) orders the rest.
  // One ts_rank over both configurations: it reads the stored document, kept in the row (not TOAST) since migration 20261129010100.
  // Computed in the scan, before the WIDE_MATCH bound: ranking only the bounded rows meant carrying the
  // document through the sort or fetching the rows again by ctid, which saved "customer master" ~3 ms
  // but cost the common-word walk and the filtered searches 3-5 ms each.
  if (mode === "browse") return Prisma.sql`0::float8`;
  return roundedRank(
    mode === "fuzzy"
      ? Prisma.sql`greatest(similarity(p."name", ${text.slug}), similarity(p."title", ${text.text}))`
      : Prisma.sql`CASE WHEN p."name" = ${text.slug} THEN 100 WHEN lower(p."title") = lower(${text.text}) THEN 90 WHEN p."name" LIKE ${`${text.slug}-%`} THEN 1 ELSE 0 END
      + ts_rank(p."searchVector", ${query})`,
  );
}

/**
 * The rank travels in the page cursor and comes back as a bound value, so it must survive printing
 * even where a server prints floats with 15 digits (extra_float_digits = 0): six decimals do. Rounded
 * in float8 arithmetic: the numeric round it replaced converted every ranked row to numeric and back,
 * a fifth of the time of "customer master".
 */
const roundedRank = (rank: Prisma.Sql) => Prisma.sql`round((${rank})::float8 * 1000000) / 1000000`;

/**
 * The GIN index of the search documents comes in two halves (migration 20261129160000): products
 * read by at least three others ("in use", about 45% of the 100k bench mesh) and the rest. Every
 * search names its half, or both with an OR that lets the planner combine the two indexes. The
 * relevance and most-consumers orders start with the consumer count, so when the words match more
 * than WIDE_MATCH products in use, the bounded set holds only those and the little-used products'
 * rows are never read: "customer master" reads 1,344 rows instead of 3,074. The other orders read
 * both halves at once; walking each half's order separately would read twice the rows for a common word.
 */
const IN_USE = Prisma.raw(`p."consumerCount" >= 3`);
const LITTLE_USED = Prisma.raw(`p."consumerCount" < 3`);
const EITHER_TIER = Prisma.sql`(${IN_USE} OR ${LITTLE_USED})`;

/** The materialised sets of whole-word matches, in the order they come, and the CTEs that make them. */
function wordSets(sort: SearchRequest["sort"], scan: (tier: Prisma.Sql) => Prisma.Sql): { ctes: Prisma.Sql; sets: string[] } {
  if (CANDIDATE_ORDER[sort][0] !== "consumerCount") return { ctes: Prisma.sql`words AS MATERIALIZED (${scan(EITHER_TIER)})`, sets: ["words"] };
  return {
    ctes: Prisma.sql`words_in_use AS MATERIALIZED (${scan(IN_USE)}),
    words_little_used AS MATERIALIZED (SELECT * FROM (${scan(LITTLE_USED)}) x WHERE (SELECT count(*) FROM words_in_use) <= ${WIDE_MATCH})`,
    sets: ["words_in_use", "words_little_used"],
  };
}

/** The match of the modes that read one candidate set; text reads two (below). */
function matchSql(mode: Exclude<MatchMode, "text">, text: QueryText): Prisma.Sql {
  if (mode === "browse") return Prisma.sql`TRUE`;
  return Prisma.sql`p."id" = ANY(ARRAY(SELECT search_similar_products(${text.slug}, ${text.text})))`;
}

/** The domain join is left out of the matched set: it is only needed for these rare conditions, as a semi-join. */
function visibilitySql(viewer: SearchViewer): Prisma.Sql {
  if (viewer.readsAllRestricted) return Prisma.sql`TRUE`;
  if (!viewer.teamIds.length) return Prisma.sql`p."classification" IS DISTINCT FROM 'RESTRICTED'`;
  return Prisma.sql`(p."classification" IS DISTINCT FROM 'RESTRICTED' OR p."owningTeamId" = ANY(${viewer.teamIds}::int[])
                     OR p."domainId" IN (SELECT x."id" FROM "domains" x WHERE x."owningTeamId" = ANY(${viewer.teamIds}::int[])))`;
}

/** Facet filters: OR within a facet, AND across facets. Slugs no row has are ignored rather than emptying the result. */
function filterSql(request: SearchRequest): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (request.domain.length)
    parts.push(
      Prisma.sql`(p."domainId" IN (SELECT x."id" FROM "domains" x WHERE x."slug" = ANY(${request.domain}::text[])) OR NOT EXISTS (SELECT 1 FROM "domains" x WHERE x."slug" = ANY(${request.domain}::text[])))`,
    );
  if (request.team.length)
    parts.push(
      Prisma.sql`(p."owningTeamId" IN (SELECT x."id" FROM "teams" x WHERE x."slug" = ANY(${request.team}::text[])) OR NOT EXISTS (SELECT 1 FROM "teams" x WHERE x."slug" = ANY(${request.team}::text[])))`,
    );
  if (request.tag.length)
    parts.push(Prisma.sql`(p."tags" && ${request.tag}::text[] OR NOT EXISTS (SELECT 1 FROM "data_products" x WHERE x."tags" && ${request.tag}::text[]))`);
  if (request.tech.length) parts.push(Prisma.sql`p."portTechnologies" && ${request.tech}::text[]`);
  // Compared as text so the planner cannot AND the status index into the match: "active" is three
  // products in four, and that bitmap of ~78,000 rows cost more than the heap pages it saved.
  if (request.status.length) parts.push(Prisma.sql`p."status"::text = ANY(${request.status.map((value) => value.toUpperCase())}::text[])`);
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
 * The facets with a fixed set of values, each a condition on a matched row: counted in one pass
 * over the matched set (FILTERs of one aggregate), then turned into rows. Six GROUPING SETS cost a
 * millisecond more, and their union of eight branches took longer to plan.
 */
const FIXED_FACETS: [facet: FacetKey, value: string, condition: string][] = [
  ...LIFECYCLE_STATUSES.map((status): [FacetKey, string, string] => ["status", status, `b."status" = '${status.toUpperCase()}'`]),
  ...CLASSIFICATIONS.map((classification): [FacetKey, string, string] => ["classification", classification, `b."classification" = '${classification.toUpperCase()}'`]),
  ["pii", "yes", `b."pii"`],
  ["pii", "no", `NOT b."pii"`],
  ...SCORE_BANDS.map((band): [FacetKey, string, string] => ["score", band, `b."score" BETWEEN ${SCORE_RANGE[band][0]} AND ${SCORE_RANGE[band][1]}`]),
];
const FIXED_FACET_COUNTS = Prisma.raw(FIXED_FACETS.map(([, , condition], index) => `count(*) FILTER (WHERE ${condition})::int AS c${index}`).join(", "));
const FIXED_FACET_ROWS = Prisma.raw(FIXED_FACETS.map(([facet, value], index) => `('${facet}', '${value}', c.c${index})`).join(", "));

/**
 * One statement: the matched set once (materialised, narrow: no domain join, port technologies
 * from the row's own denormalised column; bounded by WIDE_MATCH), then the page by keyset, the total, and every facet's
 * live counts over that same set, returned as one row of JSON. Domains and teams are counted on
 * their ids, and names joined to the few resulting groups only. Tags and
 * technologies are unnested in the select list (one ProjectSet pass), not by a lateral function
 * scan per matched row, which cost three times as much.
 */
export function searchSql(request: SearchRequest, text: QueryText, mode: MatchMode, viewer: SearchViewer, after: CursorKey | null): Prisma.Sql {
  const columns = (rankedBy: Prisma.Sql) => Prisma.sql`p."id", p."domainId", p."owningTeamId", p."status", p."classification", p."governanceScore" AS score,
             p."consumerCount" AS consumers, p."updatedAt", p."tags", p."portTechnologies" AS techs, cardinality(p."piiColumns") > 0 AS pii,
             ${rankSql(mode, text, rankedBy)} AS rank`;
  const visible = Prisma.sql`${visibilitySql(viewer)} AND ${filterSql(request)}`;
  const bounded = (match: Prisma.Sql, rankedBy = wordQuery(text)) =>
    Prisma.sql`SELECT ${columns(rankedBy)} FROM "data_products" p WHERE ${match} AND ${visible} ORDER BY ${candidateOrder(request.sort, "p")} LIMIT ${WIDE_MATCH + 1}`;
  // Text: the words as typed first, from one half of the index or both (IN_USE). Only when they
  // leave room under the bound is the last word also read as a prefix, adding the products that
  // match only that way (a NOT in the tsquery keeps the
  // ones already found out of the GIN bitmap, so their rows are not read twice). When the whole words
  // already match more than WIDE_MATCH, the person typed whole words, and longer words starting with
  // the last one could only add matches past the bound; skipping the prefix skips the costliest step
  // of the GIN scan (merging every lexeme that starts with it: "master:*" tripled the scan for
  // "customer master"). Below the bound the result is the same set as one scan of fullQuery.
  // The exact name joins the bounded set only when the bound left it out: UNION ALL over ids, not a dedupe of whole rows.
  const words = wordSets(request.sort, (tier) => bounded(Prisma.sql`p."searchVector" @@ ${wordQuery(text)} AND ${tier}`));
  const base =
    mode === "text"
      ? Prisma.sql`${words.ctes},
    candidates AS MATERIALIZED (
      ${Prisma.raw(words.sets.map((set) => `SELECT * FROM ${set}`).join(" UNION ALL "))}
      UNION ALL
      SELECT * FROM (${bounded(Prisma.sql`p."searchVector" @@ ${prefixOnlyQuery(text)} AND ${EITHER_TIER} AND p."name" <> ${text.slug}`, fullQuery(text))}) x
       WHERE ${Prisma.raw(words.sets.map((set) => `(SELECT count(*) FROM ${set})`).join(" + "))} <= ${WIDE_MATCH}
      ORDER BY ${candidateOrder(request.sort, null)} LIMIT ${WIDE_MATCH + 1}
    ),
    base AS MATERIALIZED (
      SELECT * FROM candidates
      UNION ALL SELECT ${columns(wordQuery(text))} FROM "data_products" p
       WHERE p."name" = ${text.slug} AND ${visible} AND NOT EXISTS (SELECT 1 FROM candidates c WHERE c."id" = p."id")
    )`
      : Prisma.sql`base AS MATERIALIZED (${bounded(matchSql(mode, text))})`;
  return Prisma.sql`
    WITH ${base},
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
          SELECT 'domain' AS facet, d."slug" AS value, d."name" AS label, c."count"
            FROM (SELECT b."domainId", count(*)::int AS count FROM base b GROUP BY 1) c JOIN "domains" d ON d."id" = c."domainId"
          UNION ALL SELECT 'team', t."slug", t."name", c."count"
            FROM (SELECT b."owningTeamId", count(*)::int AS count FROM base b GROUP BY 1) c JOIN "teams" t ON t."id" = c."owningTeamId"
          UNION ALL SELECT v."facet", v."value", NULL, v."count" FROM (SELECT ${FIXED_FACET_COUNTS} FROM base b) c
            CROSS JOIN LATERAL (VALUES ${FIXED_FACET_ROWS}) v("facet", "value", "count") WHERE v."count" > 0
          UNION ALL SELECT 'tech', x."value", NULL, count(*)::int FROM (SELECT unnest(b."techs") AS value FROM base b) x GROUP BY x."value"
          UNION ALL (SELECT 'tag', x."value", NULL, count(*)::int FROM (SELECT unnest(b."tags") AS value FROM base b) x GROUP BY x."value" ORDER BY 4 DESC, 2 LIMIT ${TOP_TAGS})
        ) f) AS facets`;
}
