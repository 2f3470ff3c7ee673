"use client";
import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import type { LineageEdge, LineageGraph, LineageNode } from "@/lib/lineage/types";
import { buildViewModel, pathBetween, riskyNodeIds } from "@/lib/lineage/view-model";
import { LineageLegend } from "./legend";
import { LineageCanvas } from "./lineage-canvas";
import { NodePanel } from "./node-panel";

const edgeKey = (edge: LineageEdge) => `${edge.from}>${edge.to}`;

interface ExplorerProps {
  graph: LineageGraph;
  /** false on the stress page: nodes there have no API behind them */
  expandable?: boolean;
  /** reported to the page (the stress page shows it, the browser benchmark reads it) */
  onLayout?: (took: number, nodes: number) => void;
}

/**
 * The interactive graph: the server's graph plus neighbours fetched on demand, folded layers,
 * search, the path from the focus to the selected node and a side panel.
 */
export function LineageExplorer({ graph, expandable = true, onLayout }: ExplorerProps) {
  const [nodes, setNodes] = useState<Map<string, LineageNode>>(() => new Map(graph.nodes.map((node) => [node.id, node])));
  const [edges, setEdges] = useState<Map<string, LineageEdge>>(() => new Map(graph.edges.map((edge) => [edgeKey(edge), edge])));
  /** node id → the node ids its expansion added, so collapsing removes exactly those */
  const [expansions, setExpansions] = useState<Map<string, string[]>>(new Map());
  const [expandedLevels, setExpandedLevels] = useState<Set<number>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [centreOn, setCentreOn] = useState<string | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const nodeList = useMemo(() => [...nodes.values()], [nodes]);
  const edgeList = useMemo(() => [...edges.values()], [edges]);
  const risky = useMemo(() => riskyNodeIds(edgeList), [edgeList]);
  const view = useMemo(() => buildViewModel(nodeList, edgeList, graph.focus, risky, expandedLevels), [nodeList, edgeList, graph.focus, risky, expandedLevels]);
  const pathEdges = useMemo(() => (selected ? pathBetween(view.edges, graph.focus, selected) : new Set<string>()), [view.edges, graph.focus, selected]);
  const matches = useMemo(() => {
    const text = query.trim().toLowerCase();
    if (!text) return null;
    return new Set(view.nodes.filter((node) => node.title.toLowerCase().includes(text) || node.id.toLowerCase().includes(text)).map((node) => node.id));
  }, [query, view.nodes]);

  const expand = useCallback(
    async (id: string) => {
      const node = nodes.get(id);
      if (!node || node.kind !== "product") return;
      setLoading(id);
      setMessage(null);
      try {
        const response = await fetch(`/api/v1/data-products/${id}/lineage?direction=both&depth=1`);
        if (!response.ok) throw new Error(((await response.json()) as { error?: { message?: string } }).error?.message ?? response.statusText);
        const neighbourhood = (await response.json()) as LineageGraph;
        const added = neighbourhood.nodes.filter((item) => !nodes.has(item.id)).map((item) => ({ ...item, level: node.level + item.level }));
        setNodes((previous) => new Map([...previous, ...added.map((item) => [item.id, item] as const)]));
        setEdges((previous) => new Map([...previous, ...neighbourhood.edges.map((edge) => [edgeKey(edge), edge] as const)]));
        setExpansions((previous) => new Map(previous).set(id, added.map((item) => item.id)));
        setMessage(added.length ? `Added ${added.length} neighbour${added.length === 1 ? "" : "s"} of ${node.title}.` : `${node.title} has no neighbours beyond those shown.`);
      } catch (error) {
        setMessage(`Could not load the neighbours of ${node.title}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setLoading(null);
      }
    },
    [nodes],
  );

  const collapse = useCallback(
    (id: string) => {
      const added = new Set(expansions.get(id) ?? []);
      const stillWanted = new Set([...expansions].filter(([other]) => other !== id && !added.has(other)).flatMap(([, ids]) => ids));
      const removed = new Set([...added].filter((item) => !stillWanted.has(item) && item !== graph.focus));
      setNodes((previous) => new Map([...previous].filter(([key]) => !removed.has(key))));
      setEdges((previous) => new Map([...previous].filter(([, edge]) => !removed.has(edge.from) && !removed.has(edge.to))));
      setExpansions((previous) => {
        const next = new Map(previous);
        next.delete(id);
        for (const item of removed) next.delete(item);
        return next;
      });
      if (selected && removed.has(selected)) setSelected(null);
      setMessage(`Collapsed ${removed.size} node${removed.size === 1 ? "" : "s"}.`);
    },
    [expansions, graph.focus, selected],
  );

  const selectedNode = selected ? (nodes.get(selected) ?? null) : null;
  const inGraph = (id: string) => ({
    upstream: edgeList.filter((edge) => edge.to === id).length,
    downstream: edgeList.filter((edge) => edge.from === id).length,
  });

  return (
    <div className="flex h-[calc(100vh-14rem)] min-h-[480px] flex-col gap-3 lg:flex-row">
      <div className="relative min-h-[420px] flex-1 overflow-hidden rounded-xl border border-slate-200 bg-white">
        <LineageCanvas
          view={view}
          focus={graph.focus}
          selected={selected}
          risky={risky}
          pathEdges={pathEdges}
          matches={matches}
          centreOn={centreOn}
          onSelect={setSelected}
          onExpandGroup={(level) => setExpandedLevels((previous) => new Set(previous).add(level))}
          onLayout={onLayout}
        />
        <div className="absolute left-3 top-3 z-10 flex w-72 flex-col gap-2">
          <form
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              const first = matches ? view.nodes.find((node) => matches.has(node.id)) : undefined;
              if (first) {
                setCentreOn(first.id);
                setSelected(first.id);
              }
            }}
          >
            <label htmlFor="graph-search" className="sr-only">Search within the graph</label>
            <input
              id="graph-search"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder="Search within the graph…"
              className="w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
            />
          </form>
          {matches && (
            <p className="rounded bg-white/90 px-2 py-1 text-xs text-slate-600" aria-live="polite">
              {matches.size} match{matches.size === 1 ? "" : "es"}{matches.size ? " — Enter to go to the first" : ""}
            </p>
          )}
        </div>
        <div className="absolute bottom-3 right-3 z-10 hidden w-72 sm:block lg:bottom-auto lg:top-3">
          <LineageLegend />
        </div>
        {message && (
          <p role="status" className="absolute bottom-3 left-14 z-10 max-w-md rounded bg-slate-900/85 px-3 py-1.5 text-xs text-white">
            {message}
          </p>
        )}
      </div>
      <aside className="w-full shrink-0 lg:w-80" aria-label="Selected product">
        {selectedNode ? (
          <NodePanel
            node={selectedNode}
            focus={graph.focus}
            risk={risky.has(selectedNode.id)}
            counts={inGraph(selectedNode.id)}
            onPath={pathEdges.size}
            expandable={expandable}
            expanded={expansions.has(selectedNode.id)}
            loading={loading === selectedNode.id}
            onExpand={() => void expand(selectedNode.id)}
            onCollapse={() => collapse(selectedNode.id)}
            onClose={() => setSelected(null)}
          />
        ) : (
          <div className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
            <p className="font-semibold text-slate-900">Select a node</p>
            <p className="mt-1">Click a product to see its summary, the path from the focus, and to expand its neighbours. A “+N more” node unfolds its layer.</p>
            <p className="mt-3 text-xs text-slate-500">
              {nodes.size.toLocaleString("en-US")} nodes, {edges.size.toLocaleString("en-US")} edges
              {graph.cycles.length > 0 && ` · ${graph.cycles.length} cycle${graph.cycles.length === 1 ? "" : "s"}`}
            </p>
            {graph.cycles.length > 0 && (
              <ul className="mt-2 space-y-1 text-xs text-amber-800">
                {graph.cycles.slice(0, 5).map((cycle) => (
                  <li key={cycle.join()}>Cycle: {cycle.join(" → ")}{cycle.length > 1 ? ` → ${cycle[0]}` : " → itself"}</li>
                ))}
              </ul>
            )}
            {expandable && (
              <p className="mt-3">
                <Link className="text-brand-700 hover:underline" href={`/products/${graph.focus}/impact`}>Impact analysis of the focus →</Link>
              </p>
            )}
          </div>
        )}
      </aside>
    </div>
  );
}
