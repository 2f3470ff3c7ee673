"use client";
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo } from "react";
import type { DomainConnection, DomainMapNode } from "@/lib/lineage/domain-map-types";
import { domainColor } from "./domain-color";
import { useElkLayout } from "./use-elk-layout";

const WIDTH = 180;
const HEIGHT = 56;

/** Domains as nodes; an edge's width and label give how many product edges run between them. */
export function DomainMapGraph({ domains, connections }: { domains: DomainMapNode[]; connections: DomainConnection[] }) {
  const request = useMemo(
    () => ({
      nodes: domains.map((domain) => ({ id: domain.slug, width: WIDTH, height: HEIGHT })),
      edges: connections.map((connection) => ({ id: `${connection.from}>${connection.to}`, from: connection.from, to: connection.to })),
    }),
    [domains, connections],
  );
  const { layout, error } = useElkLayout(request);
  const heaviest = Math.max(1, ...connections.map((connection) => connection.edges));
  const nodes = useMemo<Node[]>(
    () =>
      layout
        ? domains.map((domain) => ({
            id: domain.slug,
            position: layout.positions[domain.slug] ?? { x: 0, y: 0 },
            data: { label: `${domain.name} · ${domain.products}` },
            style: { width: WIDTH, height: HEIGHT, borderLeft: `6px solid ${domainColor(domain.slug)}`, fontSize: 12, fontWeight: 600, display: "flex", alignItems: "center", justifyContent: "center" },
            sourcePosition: "right",
            targetPosition: "left",
          }) as Node)
        : [],
    [layout, domains],
  );
  const edges = useMemo<Edge[]>(
    () =>
      connections.map((connection) => ({
        id: `${connection.from}>${connection.to}`,
        source: connection.from,
        target: connection.to,
        label: connection.edges.toLocaleString("en-US"),
        style: { stroke: "#8b5cf6", strokeWidth: 1 + (7 * connection.edges) / heaviest, opacity: 0.75 },
        markerEnd: { type: MarkerType.ArrowClosed, color: "#8b5cf6" },
      })),
    [connections, heaviest],
  );
  return (
    <div className="relative h-[560px] overflow-hidden rounded-xl border border-slate-200 bg-white" aria-label="Map of domains and the product edges between them">
      <ReactFlow nodes={nodes} edges={edges} fitView nodesDraggable={false} nodesConnectable={false} proOptions={{ hideAttribution: true }} key={layout ? "laid-out" : "pending"}>
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} />
      </ReactFlow>
      {!layout && !error && <p role="status" className="absolute inset-x-0 top-3 mx-auto w-fit rounded-full bg-white px-3 py-1 text-xs text-slate-600 shadow">Laying out the domains…</p>}
      {error && <p role="alert" className="absolute inset-x-0 top-3 mx-auto w-fit rounded bg-rose-50 px-3 py-1 text-sm text-rose-800">The layout failed: {error}</p>}
    </div>
  );
}
