import "server-only";
import { fromDbStatus } from "@/lib/catalog/enum-mapping";
import { NotFoundError } from "@/lib/catalog/errors";
import { queryDirect } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findCycles } from "./cycles";
import { nodesGraphSql, oneHopGraphSql, type FocusRef, type GraphRow, type NodesGraphPart } from "./graph-sql";
import { clampDepth, DEFAULT_NODE_CAP } from "./params";
import { getProductIdOrThrow, productNotFound } from "./product-ref";
import { traverse } from "./traverse";
import type { LineageDirection, LineageEdge, LineageGraph, LineageNode } from "./types";

type Db = Pick<PrismaClient, "$queryRaw" | "dataProduct">;

export interface LineageOptions {
  direction: LineageDirection;
  depth: number;
  /** most nodes returned besides the focus, both directions together */
  cap?: number;
}

/** The lineage around one product, as the API and the graph view need it. */
export async function getLineageGraph(db: Db, domain: string, name: string, options: LineageOptions): Promise<LineageGraph> {
  return lineageGraph(db, { domain, name }, options);
}

export async function getLineageGraphById(db: Db, focusId: number, options: LineageOptions): Promise<LineageGraph> {
  return lineageGraph(db, { id: focusId }, options);
}

async function lineageGraph(db: Db, focus: FocusRef, options: LineageOptions): Promise<LineageGraph> {
  const { depth, depthClamped } = clampDepth(options.depth);
  const graph = await collect(db, focus, options.direction === "downstream" ? 0 : depth, options.direction === "upstream" ? 0 : depth, options.cap ?? DEFAULT_NODE_CAP);
  return { ...graph, direction: options.direction, depth, depthClamped };
}

/** The graph page's view: its own depth each way (each clamped to the maximum). */
export async function getLineageAround(db: Db, domain: string, name: string, options: { up: number; down: number; cap?: number }) {
  const up = clampDepth(options.up);
  const down = clampDepth(options.down);
  const graph = await collect(db, { domain, name }, up.depth, down.depth, options.cap ?? DEFAULT_NODE_CAP);
  return { ...graph, direction: "both" as const, depth: Math.max(up.depth, down.depth), depthClamped: up.depthClamped || down.depthClamped, up: up.depth, down: down.depth };
}

async function collect(db: Db, focus: FocusRef, upDepth: number, downDepth: number, cap: number): Promise<Omit<LineageGraph, "direction" | "depth" | "depthClamped">> {
  // Both ways at once: upstream may use half the cap, downstream what is left of the whole.
  const upCap = downDepth > 0 ? Math.ceil(cap / 2) : cap;
  // Direct neighbours (the expand click, the API's depth=1) are one statement, focus lookup included.
  if (upDepth <= 1 && downDepth <= 1) {
    const [row] = await queryDirect<GraphRow>(db, oneHopGraphSql(focus, { up: upDepth > 0, down: downDepth > 0, upCap, cap }), { prepared: true });
    if (row.focus === null) throw "id" in focus ? new NotFoundError(`No data product with id ${focus.id}`) : productNotFound(focus.domain, focus.name);
    return toGraph(row);
  }

  const focusId = "id" in focus ? focus.id : await getProductIdOrThrow(db, focus.domain, focus.name);
  const [up, down] = await Promise.all([
    upDepth > 0 ? traverse(db, focusId, "upstream", upDepth, upCap) : null,
    downDepth > 0 ? traverse(db, focusId, "downstream", downDepth, cap) : null,
  ]);
  // Downstream is trimmed in reverse discovery order, so every kept node keeps its parent.
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

  const parts = await Promise.all(nodesGraphSql(levels, { up: upDepth > 0, cap }).map(async (statement) => (await queryDirect<NodesGraphPart>(db, statement))[0]));
  const { products, ...rest }: NodesGraphPart = Object.assign({}, ...parts);
  const row: GraphRow = {
    edges: null,
    sources: null,
    broken: null,
    ...rest,
    products: (products ?? []).map((product) => [...product, levels.get(product[0])!]),
    focus: focusId,
    truncated,
  };
  return toGraph(row);
}

function toGraph(row: GraphRow): Omit<LineageGraph, "direction" | "depth" | "depthClamped"> {
  const byId = new Map((row.products ?? []).map(([id, name, title, status, score, domain, domainName, level]) => [id, { name, title, status, score, domain, domainName, level }]));
  const key = (id: number) => `${byId.get(id)!.domain}/${byId.get(id)!.name}`;
  const nodes: LineageNode[] = [...byId].map(([id, product]) => ({
    id: key(id),
    kind: "product",
    slug: product.name,
    title: product.title,
    domain: product.domain,
    domainName: product.domainName,
    status: fromDbStatus(product.status),
    score: product.score,
    level: product.level,
  }));
  const edges: LineageEdge[] = (row.edges ?? []).map(([up, down, crossDomain, viaPort]) => {
    const upstream = byId.get(up)!;
    const downstream = byId.get(down)!;
    return {
      from: key(up),
      to: key(down),
      crossDomain,
      viaPort,
      risk: (upstream.status === "DEPRECATED" || upstream.status === "RETIRED") && downstream.status === "ACTIVE",
      broken: false,
    };
  });
  const extra = new Map<string, LineageNode>();
  const leaf = (id: string, kind: "source" | "missing", slug: string, title: string, down: number): LineageNode => ({
    id, kind, slug, title, domain: null, domainName: null, status: null, score: null, level: byId.get(down)!.level - 1,
  });
  for (const [slug, name, down] of row.sources ?? []) {
    const id = `source:${slug}`;
    if (!extra.has(id)) extra.set(id, leaf(id, "source", slug, name, down));
    edges.push({ from: id, to: key(down), crossDomain: false, viaPort: true, risk: false, broken: false });
  }
  for (const [ref, down] of row.broken ?? []) {
    const id = `missing:${ref}`;
    if (!extra.has(id)) extra.set(id, leaf(id, "missing", ref, `${ref} (deleted)`, down));
    edges.push({ from: id, to: key(down), crossDomain: false, viaPort: true, risk: false, broken: true });
  }
  nodes.push(...extra.values());
  nodes.sort((a, b) => a.level - b.level || a.id.localeCompare(b.id));

  return {
    focus: key(row.focus!),
    nodes,
    edges,
    truncated: row.truncated,
    cycles: findCycles(
      nodes.map((node) => node.id),
      edges,
    ),
  };
}
