import "server-only";
import { queryDirect } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { LifecycleStatus } from "@/lib/generated/prisma/enums";
import type { UpstreamProductState } from "@/lib/governance/types";
import { fromDbStatus } from "./enum-mapping";
import { GOVERNANCE_SIGNATURE_SQL } from "./governance-results";
import { productRecordInclude } from "./product-record";
import { recordToSpec } from "./spec-mapping";

/** What the bulk recompute needs of one product: its spec, upstream states and stored results. */
export interface BulkProduct {
  id: number;
  domainId: number;
  status: LifecycleStatus;
  /** the spec as JSON text, which the recompute parses just before it evaluates it (see evaluateBatch) */
  specJson: string;
  upstream: UpstreamProductState[];
  current: { score: number; errors: number; warnings: number; signature: string };
}

export interface BulkBatch {
  products: BulkProduct[];
  /** the highest id in the batch: the next batch starts after it */
  lastId: number;
}

/** md5(''): the signature of a product without stored results */
const NO_RESULTS = "d41d8cd98f00b204e9800998ecf8427e";

interface ProductRow {
  id: number;
  domainId: number;
  status: LifecycleStatus;
  score: number;
  errors: number;
  warnings: number;
  /** the spec of the product's latest version; null for a product with no recorded version */
  spec: string | null;
}
type EdgeRow = [productId: number, upstreamId: number];
type ResultRow = [productId: number, signature: string];
type StateRow = [id: number, ref: string, status: LifecycleStatus, freshness: number | null];

/**
 * Streams products for a recompute. Every writer records the full spec of each save as a version,
 * so the latest version is the stored spec: reading that one document per product is a third of the
 * cost of rebuilding it from eight child tables, and it is exactly what the save evaluated. A product
 * without any version (loaded by another tool) is rebuilt from its rows, one by one.
 * Upstream products' states are cached across batches: most products read the same few hubs.
 * tests/integration/governance-bulk-recompute proves the results equal the per-product path's.
 */
export class BulkProductLoader {
  private readonly states = new Map<number, UpstreamProductState>();

  constructor(
    private readonly db: PrismaClient,
    private readonly domainId?: number,
  ) {}

  async next(afterId: number, take: number): Promise<BulkBatch> {
    const scope = this.domainId === undefined ? Prisma.empty : Prisma.sql`AND "domainId" = ${this.domainId}`;
    const ids = (await this.db.$queryRaw<{ id: number }[]>`SELECT "id" FROM "data_products" WHERE "id" > ${afterId} ${scope} ORDER BY "id" LIMIT ${take}`).map((row) => row.id);
    if (!ids.length) return { products: [], lastId: afterId };
    // Across the mesh a batch is an id range, read by one range scan of each productId index; a
    // domain's products are spread over the whole id range, so there each one is looked up. The id
    // list is a parameter, not a subquery, so the planner sees how few products it names.
    const inBatch = (column: string) =>
      this.domainId === undefined ? Prisma.sql`${Prisma.raw(column)} BETWEEN ${ids[0]} AND ${ids.at(-1)}` : Prisma.sql`${Prisma.raw(column)} = ANY(${ids}::int[])`;
    const [rows, [links]] = await Promise.all([
      queryDirect<ProductRow>(
        this.db,
        Prisma.sql`
          SELECT p."id", p."domainId", p."status", p."governanceScore" AS score, p."errorCount" AS errors, p."warningCount" AS warnings, v."spec"::text AS spec
          FROM "data_products" p
          LEFT JOIN LATERAL (SELECT "spec" FROM "product_versions" v WHERE v."productId" = p."id" ORDER BY v."version" DESC LIMIT 1) v ON true
          WHERE ${inBatch(`p."id"`)} ORDER BY p."id"`,
      ),
      queryDirect<{ edges: EdgeRow[] | null; results: ResultRow[] | null }>(
        this.db,
        Prisma.sql`
        SELECT
          (SELECT json_agg(json_build_array(e."downstreamProductId", e."upstreamProductId"))
             FROM "lineage_edges" e WHERE ${inBatch(`e."downstreamProductId"`)} AND e."upstreamProductId" IS NOT NULL) AS edges,
          (SELECT json_agg(json_build_array(g."productId", g.signature))
             FROM (SELECT g."productId", ${Prisma.raw(GOVERNANCE_SIGNATURE_SQL)} AS signature
                   FROM "governance_results" g WHERE ${inBatch(`g."productId"`)} GROUP BY g."productId") g) AS results`,
      ),
    ]);
    const edges = links.edges ?? [];
    const [, specs] = await Promise.all([this.cacheStates([...new Set(edges.map(([, upstreamId]) => upstreamId))]), this.specsWithoutVersion(rows)]);
    const upstream = new Map<number, UpstreamProductState[]>();
    for (const [productId, upstreamId] of edges) {
      const state = this.states.get(upstreamId);
      if (!state) continue;
      const list = upstream.get(productId);
      if (list) list.push(state);
      else upstream.set(productId, [state]);
    }
    const signatures = new Map(links.results ?? []);
    const products = rows.map((row) => ({
      id: row.id,
      domainId: row.domainId,
      status: row.status,
      specJson: row.spec ?? specs.get(row.id)!,
      upstream: upstream.get(row.id) ?? [],
      current: { score: row.score, errors: row.errors, warnings: row.warnings, signature: signatures.get(row.id) ?? NO_RESULTS },
    }));
    return { products, lastId: products.at(-1)!.id };
  }

  private async specsWithoutVersion(rows: ProductRow[]): Promise<Map<number, string>> {
    const missing = rows.filter((row) => row.spec === null).map((row) => row.id);
    if (!missing.length) return new Map();
    const records = await this.db.dataProduct.findMany({ where: { id: { in: missing } }, include: productRecordInclude });
    return new Map(records.map((record) => [record.id, JSON.stringify(recordToSpec(record))]));
  }

  /** Status and freshness target of the upstream products not seen in an earlier batch. */
  private async cacheStates(ids: number[]) {
    const missing = ids.filter((id) => !this.states.has(id));
    if (!missing.length) return;
    const [row] = await this.db.$queryRaw<{ states: StateRow[] | null }[]>`
      SELECT json_agg(json_build_array(p."id", d."slug" || '/' || p."name", p."status",
               (SELECT s."targetValue" FROM "slos" s WHERE s."productId" = p."id" AND s."kind" = 'FRESHNESS'))) AS states
      FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId"
      WHERE p."id" = ANY(${missing}::int[])`;
    for (const [id, ref, status, freshness] of row.states ?? []) {
      this.states.set(id, { ref, status: fromDbStatus(status), freshnessMinutes: freshness ?? undefined });
    }
  }
}
