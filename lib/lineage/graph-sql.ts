import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LifecycleStatus as DbLifecycleStatus } from "@/lib/generated/prisma/enums";

/** A product by id (the benchmark, a traversal's result) or by its public reference (the API, the page). */
export type FocusRef = { id: number } | { domain: string; name: string };

/**
 * What one graph statement returns, as a single row. The lists are JSON arrays of tuples: one
 * row of fixed columns instead of four result sets keeps the whole graph to one round trip.
 */
export type ProductColumns = [id: number, name: string, title: string, status: DbLifecycleStatus, score: number, domain: string, domainName: string];

/** Reads {@link ProductColumns} from `data_products p` joined with `domains d`. */
const productColumns = Prisma.sql`p."id", p."name", p."title", p."status", p."governanceScore", d."slug", d."name"`;

export interface GraphRow {
  /** null when the focus does not exist */
  focus: number | null;
  products: [...ProductColumns, level: number][] | null;
  edges: [up: number, down: number, crossDomain: boolean, viaPort: boolean][] | null;
  sources: [slug: string, name: string, down: number][] | null;
  broken: [ref: string, down: number][] | null;
  truncated: boolean;
}

const focusCte = (focus: FocusRef) =>
  "id" in focus
    ? Prisma.sql`SELECT p."id" FROM "data_products" p WHERE p."id" = ${focus.id}::int`
    : Prisma.sql`SELECT p."id" FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId" WHERE d."slug" = ${focus.domain} AND p."name" = ${focus.name}`;

/** A count of our own written into the text, where the planner should see it (not a caller's value). */
function literal(n: number): Prisma.Sql {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${n}`);
  return Prisma.raw(String(n));
}

const NONE = Prisma.sql`SELECT NULL::int AS id WHERE FALSE`;

/**
 * The focus and its direct neighbours with everything the view needs, in one statement. Each side
 * is one LIMITed index range (the edge indexes are ordered by the far end, so "ORDER BY id LIMIT"
 * costs nothing); upstream may fill `upCap`, downstream fills what is left of `cap`, in id order,
 * and `truncated` says whether anything was left out — the same rules as the breadth-first path.
 * Run as a prepared statement (planning it cost as much as running it); the caps are written into
 * the text, as a generic plan that cannot see its LIMITs guesses a hub's 2,000 neighbours to be a
 * handful and joins them in nested loops (0.5 s instead of 60 ms).
 */
export function oneHopGraphSql(focus: FocusRef, options: { up: boolean; down: boolean; upCap: number; cap: number }): Prisma.Sql {
  const upCap = literal(options.upCap);
  const cap = literal(options.cap);
  return Prisma.sql`
    WITH focus AS (${focusCte(focus)}),
    up_found AS MATERIALIZED (${
      options.up
        ? Prisma.sql`SELECT e."upstreamProductId" AS id FROM "lineage_edges" e
           WHERE e."downstreamProductId" = (SELECT id FROM focus) AND e."upstreamProductId" IS NOT NULL AND e."upstreamProductId" <> (SELECT id FROM focus)
           ORDER BY 1 LIMIT ${literal(options.upCap + 1)}`
        : NONE
    }),
    down_found AS MATERIALIZED (${
      options.down
        ? Prisma.sql`SELECT e."downstreamProductId" AS id FROM "lineage_edges" e
           WHERE e."upstreamProductId" = (SELECT id FROM focus) AND e."downstreamProductId" <> (SELECT id FROM focus)
           ORDER BY 1 LIMIT ${literal(options.cap + 1)}`
        : NONE
    }),
    up AS (SELECT id FROM up_found ORDER BY id LIMIT ${upCap}),
    down AS (
      SELECT id, row_number() OVER (ORDER BY id) AS place
        FROM (SELECT id FROM down_found ORDER BY id LIMIT ${cap}) d
       WHERE d.id NOT IN (SELECT id FROM up)
    ),
    nodes AS MATERIALIZED (
      SELECT id, 0 AS level FROM focus
      UNION ALL SELECT id, -1 FROM up
      UNION ALL SELECT id, 1 FROM down WHERE place <= ${cap} - (SELECT count(*) FROM up)
    ),
    ids AS (SELECT array_agg(id) AS all_ids, array_agg(id) FILTER (WHERE level <> 0) AS neighbour_ids, array_agg(id) FILTER (WHERE level <= 0) AS up_ids FROM nodes)
    ${details({
      products: Prisma.sql`
        SELECT json_build_array(${productColumns}, n."level") AS product
          FROM nodes n JOIN "data_products" p ON p."id" = n."id" JOIN "domains" d ON d."id" = p."domainId"
         WHERE p."id" = ANY((SELECT all_ids FROM ids)::int[])`,
      upstream: options.up ? Prisma.sql`(SELECT up_ids FROM ids)::int[]` : null,
      cap: options.cap,
      // The focus's own edges are two short index ranges; among the neighbours, leaving the focus
      // out keeps a hub's 24,000 readers from being scanned whichever edge index the planner picks.
      edges: Prisma.sql`
        SELECT e."upstreamProductId" AS up, e."downstreamProductId" AS down, e."crossDomain", e."viaPort" FROM "lineage_edges" e
         WHERE e."upstreamProductId" = (SELECT id FROM focus) AND e."downstreamProductId" = ANY((SELECT all_ids FROM ids)::int[])
        UNION ALL
        SELECT e."upstreamProductId", e."downstreamProductId", e."crossDomain", e."viaPort" FROM "lineage_edges" e
         -- "+ 0": read the focus's few inputs off the reader index, never scan every neighbour's readers
         WHERE e."downstreamProductId" = (SELECT id FROM focus) AND e."upstreamProductId" + 0 = ANY((SELECT neighbour_ids FROM ids)::int[])
        UNION ALL
        SELECT e."upstreamProductId", e."downstreamProductId", e."crossDomain", e."viaPort" FROM "lineage_edges" e
         WHERE e."downstreamProductId" = ANY((SELECT neighbour_ids FROM ids)::int[]) AND e."upstreamProductId" = ANY((SELECT neighbour_ids FROM ids)::int[])`,
    })},
    (SELECT count(*) FROM up_found) > ${upCap} OR (SELECT count(*) FROM down_found) > ${cap}
      OR (SELECT count(*) FROM down) > ${cap} - (SELECT count(*) FROM up) AS truncated`;
}

/** What {@link nodesGraphSql}'s statements return, one column each: products without their level. */
export type NodesGraphPart = Partial<Omit<GraphRow, "focus" | "truncated" | "products">> & { products?: ProductColumns[] | null };

/**
 * The details of nodes a breadth-first traversal already found, as up to four statements to run
 * side by side (a deep graph's hundreds of products and thousands of edges are worth spreading over
 * connections; the round trip is not what costs there). The ids go in as bound values, not computed
 * inside: the planner then sees their size and reads the edges among 400 nodes through the index on
 * the reading end (a handful of entries each) rather than through an upstream hub's 24,000 readers.
 * Each statement binds only the lists it reads: four statements that each carried every list and
 * the levels (joined through unnest) were slower than the separate queries they replaced. Lists go
 * as one '{1,2,…}' text, which Prisma (a transaction's fallback) binds far faster than an int array
 * of 2,000. The levels are the caller's; it adds them to the products.
 */
export function nodesGraphSql(levels: ReadonlyMap<number, number>, options: { up: boolean; cap: number }): Prisma.Sql[] {
  const ids = [...levels.keys()];
  const all = intArray(ids);
  const columns = detailColumns({
    products: Prisma.sql`
      SELECT json_build_array(${productColumns}) AS product
        FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId" WHERE p."id" = ANY(${all})`,
    upstream: options.up ? intArray(ids.filter((id) => levels.get(id)! <= 0)) : null,
    cap: options.cap,
    edges: Prisma.sql`
      SELECT e."upstreamProductId" AS up, e."downstreamProductId" AS down, e."crossDomain", e."viaPort" FROM "lineage_edges" e
       WHERE e."downstreamProductId" = ANY(${all}) AND e."upstreamProductId" = ANY(${all})`,
  });
  return columns.map((column) => Prisma.sql`SELECT ${column}`);
}

function intArray(ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`${`{${ids.join(",")}}`}::int[]`;
}

/**
 * Ends a WITH that defines `focus` and `nodes (id, level)` with the row of {@link GraphRow} but
 * `truncated`, which the caller appends.
 */
function details(parts: DetailParts): Prisma.Sql {
  return Prisma.sql`SELECT (SELECT id FROM focus) AS focus, ${Prisma.join(detailColumns(parts))}`;
}

interface DetailParts {
  /** selects `product`: a JSON array of the {@link ProductColumns} (and the level, when known) of each node */
  products: Prisma.Sql;
  /** int[] expression: the ids at level ≤ 0, when looking upstream */
  upstream: Prisma.Sql | null;
  cap: number;
  /** selects (up, down, crossDomain, viaPort) of the edges among the nodes */
  edges: Prisma.Sql;
}

/**
 * The nodes' products, the edges among them (so diamonds and cycles show), and, looking upstream,
 * the source systems and deleted products feeding the upstream side.
 */
function detailColumns({ products, upstream, cap, edges }: DetailParts): Prisma.Sql[] {
  const columns = [
    Prisma.sql`(SELECT json_agg(x.product) FROM (${products}) x) AS products`,
    Prisma.sql`(SELECT json_agg(json_build_array(x.up, x.down, x."crossDomain", x."viaPort")) FROM (${edges} LIMIT ${literal(cap * 4)}) x) AS edges`,
  ];
  if (!upstream) return columns;
  return [
    ...columns,
    Prisma.sql`(SELECT json_agg(json_build_array(x."slug", x."name", x.down)) FROM (
       SELECT s."slug", s."name", e."downstreamProductId" AS down
         FROM "lineage_edges" e JOIN "source_systems" s ON s."id" = e."sourceSystemId"
        -- a source edge has no upstream product: saying so keeps the scan on the reader's index entries
        WHERE e."downstreamProductId" = ANY(${upstream}) AND e."upstreamProductId" IS NULL
        LIMIT ${literal(cap)}) x) AS sources`,
    // An input port that still names a product which no longer exists: the edge went with the product.
    Prisma.sql`(SELECT json_agg(json_build_array(x.ref, x.down)) FROM (
       SELECT DISTINCT i."sourceRef" AS ref, i."productId" AS down
         FROM "input_ports" i
        WHERE i."productId" = ANY(${upstream}) AND i."sourceRef" IS NOT NULL
          AND i."sourceProductId" IS NULL AND i."sourceSystemId" IS NULL
        LIMIT ${literal(cap)}) x) AS broken`,
  ];
}
