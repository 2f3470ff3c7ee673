import "server-only";
import { fromDbStatus } from "@/lib/catalog/enum-mapping";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LifecycleStatus as DbLifecycleStatus } from "@/lib/generated/prisma/enums";
import { findCycles } from "./cycles";
import { clampDepth, DEFAULT_NODE_CAP } from "./params";
import { getProductIdOrThrow } from "./product-ref";
import { traverse } from "./traverse";
import type { LineageDirection, LineageEdge, LineageGraph, LineageNode } from "./types";

type Db = Pick<PrismaClient, "$queryRaw" | "dataProduct">;

export interface LineageOptions {
  direction: LineageDirection;
  depth: number;
  /** most nodes returned besides the focus, both directions together */
  cap?: number;
}

interface ProductRow {
  id: number;
  name: string;
  title: string;
  status: DbLifecycleStatus;
  score: number;
  domain: string;
  domainName: string;
}

/** The lineage around one product, as the API and the graph view need it. */
export async function getLineageGraph(db: Db, domain: string, name: string, options: LineageOptions): Promise<LineageGraph> {
  const focusId = await getProductIdOrThrow(db, domain, name);
  return getLineageGraphById(db, focusId, options);
}

export async function getLineageGraphById(db: Db, focusId: number, options: LineageOptions): Promise<LineageGraph> {
  const { depth, depthClamped } = clampDepth(options.depth);
  const graph = await collect(db, focusId, options.direction === "downstream" ? 0 : depth, options.direction === "upstream" ? 0 : depth, options.cap ?? DEFAULT_NODE_CAP);
  return { ...graph, direction: options.direction, depth, depthClamped };
}

/** The graph page's view: its own depth each way (each clamped to the maximum). */
export async function getLineageAround(db: Db, domain: string, name: string, options: { up: number; down: number; cap?: number }) {
  const focusId = await getProductIdOrThrow(db, domain, name);
  const up = clampDepth(options.up);
  const down = clampDepth(options.down);
  const graph = await collect(db, focusId, up.depth, down.depth, options.cap ?? DEFAULT_NODE_CAP);
  return { ...graph, direction: "both" as const, depth: Math.max(up.depth, down.depth), depthClamped: up.depthClamped || down.depthClamped, up: up.depth, down: down.depth };
}

async function collect(db: Db, focusId: number, upDepth: number, downDepth: number, cap: number): Promise<Omit<LineageGraph, "direction" | "depth" | "depthClamped">> {
  // Both ways at once (two connections): upstream may use half the cap, downstream the whole, and
  // downstream is trimmed afterwards in reverse discovery order, so every kept node keeps its parent.
  const upCap = downDepth > 0 ? Math.ceil(cap / 2) : cap;
  const [up, down] = await Promise.all([
    upDepth > 0 ? traverse(db, focusId, "upstream", upDepth, upCap) : null,
    downDepth > 0 ? traverse(db, focusId, "downstream", downDepth, cap) : null,
  ]);
  const levels = new Map<number, number>([[focusId, 0]]);
  let truncated = Boolean(up?.truncated || down?.truncated);
  for (const [id, level] of up?.levels ?? []) if (id !== focusId) levels.set(id, -level);
  const downstream = [...(down?.levels ?? [])].filter(([id]) => !levels.has(id));
  const room = cap + 1 - levels.size;
  if (downstream.length > room) {
    downstream.length = room;
    truncated = true;
  }
  for (const [id, level] of downstream) levels.set(id, level);

  const ids = [...levels.keys()];
  const upstreamIds = ids.filter((id) => levels.get(id)! <= 0);
  const [products, edgeRows, sourceRows, brokenRows] = await Promise.all([
    db.$queryRaw<ProductRow[]>`
      SELECT p."id", p."name", p."title", p."status", p."governanceScore" AS score, d."slug" AS domain, d."name" AS "domainName"
        FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId"
       WHERE p."id" = ANY(${ids}::int[])`,
    // Every edge among the nodes found, so diamonds and cycles show; capped like the nodes.
    db.$queryRaw<{ up: number; down: number; crossDomain: boolean; viaPort: boolean }[]>`
      SELECT e."upstreamProductId" AS up, e."downstreamProductId" AS down, e."crossDomain", e."viaPort"
        FROM "lineage_edges" e
       WHERE e."upstreamProductId" = ANY(${ids}::int[]) AND e."downstreamProductId" = ANY(${ids}::int[])
       LIMIT ${cap * 4}`,
    upDepth === 0
      ? Promise.resolve([])
      : db.$queryRaw<{ slug: string; name: string; down: number }[]>`
          SELECT s."slug", s."name", e."downstreamProductId" AS down
            FROM "lineage_edges" e JOIN "source_systems" s ON s."id" = e."sourceSystemId"
           WHERE e."downstreamProductId" = ANY(${upstreamIds}::int[])
           LIMIT ${cap}`,
    // An input port that still names a product which no longer exists: the edge went with the product.
    upDepth === 0
      ? Promise.resolve([])
      : db.$queryRaw<{ ref: string; down: number }[]>`
          SELECT DISTINCT i."sourceRef" AS ref, i."productId" AS down
            FROM "input_ports" i
           WHERE i."productId" = ANY(${upstreamIds}::int[]) AND i."sourceRef" IS NOT NULL
             AND i."sourceProductId" IS NULL AND i."sourceSystemId" IS NULL
           LIMIT ${cap}`,
  ]);

  const byId = new Map(products.map((row) => [row.id, row]));
  const key = (id: number) => `${byId.get(id)!.domain}/${byId.get(id)!.name}`;
  const nodes: LineageNode[] = products.map((row) => ({
    id: `${row.domain}/${row.name}`,
    kind: "product",
    slug: row.name,
    title: row.title,
    domain: row.domain,
    domainName: row.domainName,
    status: fromDbStatus(row.status),
    score: row.score,
    level: levels.get(row.id)!,
  }));
  const edges: LineageEdge[] = edgeRows.map((row) => {
    const upstream = byId.get(row.up)!;
    const downstream = byId.get(row.down)!;
    return {
      from: key(row.up),
      to: key(row.down),
      crossDomain: row.crossDomain,
      viaPort: row.viaPort,
      risk: (upstream.status === "DEPRECATED" || upstream.status === "RETIRED") && downstream.status === "ACTIVE",
      broken: false,
    };
  });
  const extra = new Map<string, LineageNode>();
  const leaf = (id: string, kind: "source" | "missing", slug: string, title: string, down: number): LineageNode => ({
    id, kind, slug, title, domain: null, domainName: null, status: null, score: null, level: levels.get(down)! - 1,
  });
  for (const row of sourceRows) {
    const id = `source:${row.slug}`;
    if (!extra.has(id)) extra.set(id, leaf(id, "source", row.slug, row.name, row.down));
    edges.push({ from: id, to: key(row.down), crossDomain: false, viaPort: true, risk: false, broken: false });
  }
  for (const row of brokenRows) {
    const id = `missing:${row.ref}`;
    if (!extra.has(id)) extra.set(id, leaf(id, "missing", row.ref, `${row.ref} (deleted)`, row.down));
    edges.push({ from: id, to: key(row.down), crossDomain: false, viaPort: true, risk: false, broken: true });
  }
  nodes.push(...extra.values());
  nodes.sort((a, b) => a.level - b.level || a.id.localeCompare(b.id));

  return {
    focus: key(focusId),
    nodes,
    edges,
    truncated,
    cycles: findCycles(
      nodes.map((node) => node.id),
      edges,
    ),
  };
}
