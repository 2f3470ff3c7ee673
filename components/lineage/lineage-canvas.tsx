"use client";
import { Background, Controls, MarkerType, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { ViewModel } from "@/lib/lineage/view-model";
import { BulkEdges, type BulkEdge } from "./bulk-edges";
import { domainColor } from "./domain-color";
import type { LayoutRequest } from "./elk-layout";
import { NODE_HEIGHT, NODE_WIDTH, nodeTypes, type GroupFlowNode, type ProductFlowNode } from "./lineage-nodes";
import { useElkLayout } from "./use-elk-layout";

/** Above this many nodes the canvas trades detail for smooth panning. */
const BIG_GRAPH = 200;

export interface CanvasProps {
  view: ViewModel;
  focus: string;
  selected: string | null;
  risky: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  matches: ReadonlySet<string> | null;
  /** centre on this node when it changes (search) */
  centreOn: string | null;
  onSelect: (id: string | null) => void;
  onExpandGroup: (level: number) => void;
  onLayout?: (took: number, nodes: number) => void;
}

export function LineageCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({ view, focus, selected, risky, pathEdges, matches, centreOn, onSelect, onExpandGroup, onLayout }: CanvasProps) {
  const flow = useReactFlow();
  const request = useMemo<LayoutRequest>(() => {
    const order = new Map<number, number>();
    const seat = (id: string, layer: number) => {
      const place = order.get(layer) ?? 0;
      order.set(layer, place + 1);
      return { id, width: NODE_WIDTH, height: NODE_HEIGHT, layer, order: place };
    };
    return {
      nodes: [...view.nodes.map((node) => seat(node.id, node.level)), ...view.groups.map((group) => seat(group.id, group.level))],
      edges: view.edges.map((edge) => ({ id: edge.id, from: edge.from, to: edge.to })),
    };
  }, [view]);
  const { layout, error, pending } = useElkLayout(request);
  const fitted = useRef<unknown>(null);

  useEffect(() => {
    if (!layout || pending || fitted.current === layout) return;
    fitted.current = layout;
    onLayout?.(layout.took, request.nodes.length);
    requestAnimationFrame(() => void flow.fitView({ padding: 0.15, maxZoom: 1.2 }));
  }, [layout, pending, flow, onLayout, request.nodes.length]);

  useEffect(() => {
    if (!centreOn || !layout) return;
    const at = layout.positions[centreOn];
    if (at) void flow.setCenter(at.x + NODE_WIDTH / 2, at.y + NODE_HEIGHT / 2, { zoom: 1.1, duration: 300 });
  }, [centreOn, layout, flow]);

  const nodes = useMemo<Node[]>(() => {
    if (!layout) return [];
    const place = (id: string) => layout.positions[id] ?? { x: 0, y: 0 };
    const onPath = new Set(view.edges.filter((edge) => pathEdges.has(edge.id)).flatMap((edge) => [edge.from, edge.to]));
    const products: ProductFlowNode[] = view.nodes.map((node) => ({
      id: node.id,
      type: "product",
      position: place(node.id),
      // The laid-out size, so the minimap can draw a node before (or without) it being measured.
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      selected: node.id === selected,
      data: {
        node,
        focus: node.id === focus,
        risk: risky.has(node.id) && node.kind === "product",
        dimmed: matches !== null && !matches.has(node.id),
        onPath: onPath.has(node.id),
        match: matches?.has(node.id) ?? false,
      },
    }));
    const groups: GroupFlowNode[] = view.groups.map((group) => ({ id: group.id, type: "group", position: place(group.id), width: NODE_WIDTH, height: NODE_HEIGHT, data: { hidden: group.hidden, level: group.level } }));
    return [...products, ...groups];
  }, [layout, view, selected, focus, risky, matches, pathEdges]);

  // Big graphs: the edges go into a few bulk paths (see BulkEdges), except those on the highlighted
  // path, which stay React Flow edges so they animate above the rest.
  const big = view.nodes.length + view.groups.length > BIG_GRAPH;
  const colourOf = useCallback(
    (edge: ViewModel["edges"][number]) => (pathEdges.has(edge.id) ? "#0ea5e9" : edge.broken ? "#e11d48" : edge.risk ? "#d97706" : edge.crossDomain ? "#8b5cf6" : "#94a3b8"),
    [pathEdges],
  );
  const edges = useMemo<Edge[]>(
    () =>
      view.edges
        .filter((edge) => !big || pathEdges.has(edge.id))
        .map((edge) => {
          const onPath = pathEdges.has(edge.id);
          const colour = colourOf(edge);
          return {
            id: edge.id,
            type: big ? "straight" : "default",
            source: edge.from,
            target: edge.to,
            animated: onPath,
            // Edges are not clickable here: no invisible hit-area path beside each one.
            interactionWidth: 0,
            style: { stroke: colour, strokeWidth: onPath ? 3 : 1.5, strokeDasharray: edge.broken || !edge.viaPort ? "5 4" : undefined },
            markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 14, height: 14 },
          };
        }),
    [view.edges, pathEdges, big, colourOf],
  );
  const bulkEdges = useMemo<BulkEdge[]>(
    () => (big ? view.edges.filter((edge) => !pathEdges.has(edge.id)).map((edge) => ({ from: edge.from, to: edge.to, colour: colourOf(edge), dashed: edge.broken || !edge.viaPort })) : []),
    [view.edges, pathEdges, big, colourOf],
  );

  // While the view moves, the graph is one composited layer that the browser slides (and scales)
  // without repainting a thousand nodes per frame; it is painted sharp again when the move ends.
  // Set on the element directly, not through React state, so nothing re-renders per frame.
  const wrapper = useRef<HTMLDivElement>(null);
  const setMoving = useCallback((moving: boolean) => {
    wrapper.current?.querySelector<HTMLElement>(".react-flow__viewport")?.style.setProperty("will-change", moving ? "transform" : "auto");
  }, []);
  const onMoveStart = useCallback(() => setMoving(true), [setMoving]);
  const onMoveEnd = useCallback(() => setMoving(false), [setMoving]);

  return (
    <div
      ref={wrapper}
      className="relative h-full w-full"
      role="application"
      aria-label="Lineage graph. Use + and − to zoom, 0 to fit the view, Tab to move between nodes and Enter to select one."
      onKeyDown={(event) => {
        if ((event.target as HTMLElement).tagName === "INPUT") return;
        if (event.key === "+" || event.key === "=") void flow.zoomIn();
        else if (event.key === "-") void flow.zoomOut();
        else if (event.key === "0") void flow.fitView({ padding: 0.15 });
      }}
    >
      {/* Edges are not clickable here; letting the pointer through them keeps the whole canvas draggable. */}
      <ReactFlow
        className="[&_.react-flow__edge]:pointer-events-none"
        nodes={nodes}
        edges={edges}
        edgesFocusable={false}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        onMoveStart={big ? onMoveStart : undefined}
        onMoveEnd={big ? onMoveEnd : undefined}
        minZoom={0.05}
        onNodeClick={(_, node) => (node.type === "group" ? onExpandGroup((node.data as { level: number }).level) : onSelect(node.id))}
        onPaneClick={() => onSelect(null)}
        proOptions={{ hideAttribution: true }}
      >
        {big && layout && <BulkEdges edges={bulkEdges} positions={layout.positions} />}
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeColor={(node) => (node.type === "product" ? domainColor((node.data as ProductFlowNode["data"]).node.domain) : "#94a3b8")} />
      </ReactFlow>
      {(pending || !layout) && !error && (
        <div role="status" className="absolute inset-x-0 top-3 mx-auto w-fit rounded-full bg-white px-3 py-1 text-xs text-slate-600 shadow">
          Laying out {request.nodes.length.toLocaleString("en-US")} nodes…
        </div>
      )}
      {error && (
        <div role="alert" className="absolute inset-x-0 top-3 mx-auto w-fit rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 shadow">
          The layout failed: {error}
        </div>
      )}
    </div>
  );
}
