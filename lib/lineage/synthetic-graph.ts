import type { LineageEdge, LineageGraph, LineageNode } from "./types";

const DOMAINS = ["customer", "order", "finance", "logistics", "marketing", "product", "inventory", "payments", "support", "analytics"];
const STATUSES = ["active", "active", "active", "active", "deprecated", "draft"] as const;

/**
 * A deterministic layered graph for the stress page and the layout benchmark: `nodes` products in
 * about ten layers of at most 50 (so none is grouped), every node after the first layer fed by one
 * earlier node and the rest of the edges spread between neighbouring layers.
 */
export function syntheticGraph(nodeCount = 1000, edgeCount = 1500): LineageGraph {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const layers = Math.max(1, Math.ceil(nodeCount / 48));
  const nodes: LineageNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const domain = DOMAINS[i % DOMAINS.length];
    return {
      id: `${domain}/p-${i}`, kind: "product", slug: `p-${i}`, title: `Product ${i}`, domain, domainName: domain,
      status: STATUSES[i % STATUSES.length], score: 50 + (i % 51), level: i % layers,
    };
  });
  const byLayer = Array.from({ length: layers }, (_, layer) => nodes.filter((node) => node.level === layer));
  const edges = new Map<string, LineageEdge>();
  const add = (from: LineageNode, to: LineageNode) => {
    edges.set(`${from.id}>${to.id}`, { from: from.id, to: to.id, crossDomain: from.domain !== to.domain, viaPort: true, risk: false, broken: false });
  };
  for (const node of nodes) {
    if (node.level === 0) continue;
    const previous = byLayer[node.level - 1];
    add(previous[Math.floor(random() * previous.length)], node);
  }
  while (edges.size < edgeCount) {
    const layer = 1 + Math.floor(random() * (layers - 1));
    const from = byLayer[layer - 1][Math.floor(random() * byLayer[layer - 1].length)];
    const to = byLayer[layer][Math.floor(random() * byLayer[layer].length)];
    add(from, to);
  }
  return { focus: nodes[0].id, direction: "downstream", depth: layers, depthClamped: false, nodes, edges: [...edges.values()], truncated: false, cycles: [] };
}
