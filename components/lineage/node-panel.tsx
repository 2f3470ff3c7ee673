"use client";
import Link from "next/link";
import type { LineageNode } from "@/lib/lineage/types";
import { StatusBadge, ScoreBadge } from "@/components/catalog/badges";
import { Button } from "@/components/ui/button";
import { domainColor } from "./domain-color";

interface NodePanelProps {
  node: LineageNode;
  focus: string;
  risk: boolean;
  counts: { upstream: number; downstream: number };
  onPath: number;
  expandable: boolean;
  expanded: boolean;
  loading: boolean;
  onExpand: () => void;
  onCollapse: () => void;
  onClose: () => void;
}

/** The side panel for the selected node: what it is, how it connects, and where to go next. */
export function NodePanel({ node, focus, risk, counts, onPath, expandable, expanded, loading, onExpand, onCollapse, onClose }: NodePanelProps) {
  const isProduct = node.kind === "product";
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="node-panel-title">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="flex items-center gap-1.5 text-xs text-slate-500">
            <span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: domainColor(node.domain) }} aria-hidden />
            {isProduct ? node.domainName : node.kind === "source" ? "Source system" : "Deleted product"}
          </p>
          <h2 id="node-panel-title" className="mt-0.5 text-base font-semibold text-slate-900">{node.title}</h2>
          <p className="truncate font-mono text-xs text-slate-500">{isProduct ? node.id : node.slug}</p>
        </div>
        <button type="button" onClick={onClose} className="rounded p-1 text-slate-500 hover:bg-slate-100" aria-label="Close the panel">✕</button>
      </div>
      {isProduct && node.status && (
        <div className="mt-3 flex flex-wrap gap-2">
          <StatusBadge status={node.status} />
          <ScoreBadge score={node.score ?? 0} />
        </div>
      )}
      {risk && isProduct && (
        <p className="mt-3 rounded-lg bg-amber-50 p-2 text-xs text-amber-900">
          {node.status === "active" ? "This active product reads a deprecated, retired or deleted input." : "Active products still read this product although it is being phased out."}
        </p>
      )}
      {node.kind === "missing" && <p className="mt-3 rounded-lg bg-rose-50 p-2 text-xs text-rose-900">An input port still names this product, but it no longer exists: the edge is broken.</p>}
      <dl className="mt-4 grid grid-cols-3 gap-2 text-center text-xs">
        <div className="rounded-lg bg-slate-50 p-2"><dt className="text-slate-500">Hops</dt><dd className="text-sm font-semibold tabular-nums">{node.level === 0 ? "focus" : node.level > 0 ? `+${node.level}` : node.level}</dd></div>
        <div className="rounded-lg bg-slate-50 p-2"><dt className="text-slate-500">Inputs shown</dt><dd className="text-sm font-semibold tabular-nums">{counts.upstream}</dd></div>
        <div className="rounded-lg bg-slate-50 p-2"><dt className="text-slate-500">Readers shown</dt><dd className="text-sm font-semibold tabular-nums">{counts.downstream}</dd></div>
      </dl>
      {node.id !== focus && onPath > 0 && <p className="mt-3 text-xs text-sky-800">The blue path links it to the focus in {onPath} hop{onPath === 1 ? "" : "s"}.</p>}
      {isProduct && (
        <div className="mt-4 flex flex-col gap-2">
          {expandable && (expanded ? (
            <Button type="button" variant="secondary" onClick={onCollapse}>Collapse neighbours</Button>
          ) : (
            <Button type="button" onClick={onExpand} disabled={loading}>{loading ? "Loading neighbours…" : "Expand neighbours"}</Button>
          ))}
          {expandable && (
            <>
              <Link href={`/products/${node.id}`} className="text-sm text-brand-700 hover:underline">Open the product page →</Link>
              <Link href={`/products/${node.id}/impact`} className="text-sm text-brand-700 hover:underline">Impact analysis →</Link>
              {node.id !== focus && <Link href={`/lineage?focus=${node.id}`} className="text-sm text-brand-700 hover:underline">Focus the graph here →</Link>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
