/**
 * Lineage drawn in memory before any product row is written.
 *
 * Shape, chosen to match what NOTES-performance.md measured on a real-looking mesh:
 * - a DAG: every upstream comes earlier in a topological order (source-aligned products first,
 *   consumer-aligned last), so traversals terminate without relying on cycle detection;
 * - each downstream draws its upstreams with a Zipf-like preference for the earliest products,
 *   mostly inside its own domain, sometimes across the mesh, and sometimes from the few conformed
 *   mega-hubs (customer master, date dimension…) that end up with ≥ 10,000 direct consumers;
 * - crossDomain is derived from the two products' actual domains, never drawn.
 */
import type pg from "pg";
import { TableWriter, type ProgressLog } from "./bulk";
import type { OrgPlan } from "./generate-org";
import { HUBS } from "./names";
import type { ProductPlan } from "./plan-products";
import { Rng, ZipfTable } from "./prng";

const HUB_SHARE = 0.06;
const CROSS_DOMAIN_SHARE = 0.13;
const GLOBAL_EXPONENT = 0.9;
const DOMAIN_EXPONENT = 0.85;
const SOURCE_EDGE_SHARE = 0.04;

export interface LineagePlan {
  /** product→product edges grouped by downstream (CSR): upstreams of p are upstream[offsets[p]..offsets[p+1]) */
  offsets: Int32Array;
  upstream: Int32Array;
  productEdges: number;
  crossDomainEdges: number;
  consumerCount: Int32Array;
  /** source system (1-based id) → product edges */
  sourceSystemOf: { product: number; system: number }[];
}

export function planLineage(org: OrgPlan, products: ProductPlan, edges: number, seed: number): LineagePlan {
  const rng = Rng.stream(seed, "lineage");
  const n = products.count;
  const byOrder = Array.from({ length: n }, (_, p) => p).sort((a, b) => products.orderKey[a] - products.orderKey[b]);
  const rankOf = new Int32Array(n);
  byOrder.forEach((p, rank) => (rankOf[p] = rank));
  const domainOrder: number[][] = org.domains.map(() => []);
  for (const p of byOrder) domainOrder[products.domainIndex[p]].push(p);
  const positionInDomain = new Int32Array(n);
  for (const list of domainOrder) list.forEach((p, position) => (positionInDomain[p] = position));

  const globalZipf = new ZipfTable(n, GLOBAL_EXPONENT);
  const domainZipf = domainOrder.map((list) => new ZipfTable(Math.max(1, list.length), DOMAIN_EXPONENT));
  const hubWeights = products.hubs.map((_, i) => [i, HUBS[i]?.weight ?? 0.1] as const);

  const sourceTarget = Math.min(Math.round(edges * SOURCE_EDGE_SHARE), 2 * byOrder.filter((p) => org.domains[products.domainIndex[p]].kind === "SOURCE_ALIGNED").length);
  const productTarget = Math.min(edges - sourceTarget, (n * (n - 1)) / 2);

  const seen = new Set<number>();
  const ups = new Int32Array(productTarget);
  const downs = new Int32Array(productTarget);
  let made = 0;
  for (let attempts = 0; made < productTarget && attempts < productTarget * 6; attempts++) {
    const down = rng.int(n);
    const mode = rng.next();
    let up = -1;
    if (mode < HUB_SHARE && hubWeights.length > 0) {
      up = products.hubs[rng.weighted(hubWeights)];
      if (rankOf[up] >= rankOf[down]) up = -1;
    } else if (mode < HUB_SHARE + CROSS_DOMAIN_SHARE || positionInDomain[down] === 0) {
      const rank = globalZipf.sampleBelow(rng, rankOf[down]);
      up = rank < 0 ? -1 : byOrder[rank];
    } else {
      const domain = products.domainIndex[down];
      up = domainOrder[domain][domainZipf[domain].sampleBelow(rng, positionInDomain[down])];
    }
    if (up < 0 || up === down) continue;
    const key = up * n + down;
    if (seen.has(key)) continue;
    seen.add(key);
    ups[made] = up;
    downs[made] = down;
    made++;
  }

  // Group by downstream: a product's edges are written together when it is saved.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < made; i++) offsets[downs[i] + 1]++;
  for (let p = 0; p < n; p++) offsets[p + 1] += offsets[p];
  const cursor = offsets.slice(0, n);
  const upstream = new Int32Array(made);
  const consumerCount = new Int32Array(n);
  let crossDomainEdges = 0;
  for (let i = 0; i < made; i++) {
    upstream[cursor[downs[i]]++] = ups[i];
    consumerCount[ups[i]]++;
    if (products.domainIndex[ups[i]] !== products.domainIndex[downs[i]]) crossDomainEdges++;
  }
  for (let p = 0; p < n; p++) upstream.subarray(offsets[p], offsets[p + 1]).sort();

  // Raw data enters the mesh through the source-aligned products at the start of the order.
  const sourceSystemOf: LineagePlan["sourceSystemOf"] = [];
  for (const p of byOrder) {
    if (sourceSystemOf.length >= sourceTarget) break;
    if (org.domains[products.domainIndex[p]].kind !== "SOURCE_ALIGNED") continue;
    const systems = rng.sample(org.sourceSystems.map((_, i) => i + 1), rng.chance(0.7) ? 1 : 2).sort((a, b) => a - b);
    for (const system of systems) sourceSystemOf.push({ product: p, system });
  }
  sourceSystemOf.length = Math.min(sourceSystemOf.length, sourceTarget);
  sourceSystemOf.sort((a, b) => a.product - b.product || a.system - b.system);
  return { offsets, upstream, productEdges: made, crossDomainEdges, consumerCount, sourceSystemOf };
}

export async function loadLineage(client: pg.ClientBase, products: ProductPlan, lineage: LineagePlan, anchor: Date, log: ProgressLog): Promise<number> {
  const writer = new TableWriter(client, {
    table: "lineage_edges",
    columns: [
      { name: "upstreamProductId", type: "int" }, { name: "sourceSystemId", type: "int" }, { name: "downstreamProductId", type: "int" },
      { name: "crossDomain", type: "bool" }, { name: "viaPort", type: "bool" }, { name: "createdAt", type: "timestamp(3)" },
    ],
  }, log, 50_000);
  const at = (p: number) => new Date(anchor.getTime() - products.updatedDaysAgo[p] * 86_400_000).toISOString();
  let source = 0;
  for (let p = 0; p < products.count; p++) {
    const createdAt = at(p);
    // Source-system edges come from input ports (viaPort); product edges from lineage.upstreamProducts.
    for (; source < lineage.sourceSystemOf.length && lineage.sourceSystemOf[source].product < p; source++);
    for (let s = source; s < lineage.sourceSystemOf.length && lineage.sourceSystemOf[s].product === p; s++) {
      await writer.add([null, lineage.sourceSystemOf[s].system, p + 1, false, true, createdAt]);
    }
    for (let i = lineage.offsets[p]; i < lineage.offsets[p + 1]; i++) {
      const up = lineage.upstream[i];
      await writer.add([up + 1, null, p + 1, products.domainIndex[up] !== products.domainIndex[p], false, createdAt]);
    }
  }
  return writer.close();
}
