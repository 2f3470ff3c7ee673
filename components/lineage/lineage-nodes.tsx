"use client";
import { Handle, Position, useStore, type Node, type NodeProps, type ReactFlowState } from "@xyflow/react";
import { memo } from "react";
import type { LineageNode } from "@/lib/lineage/types";
import { domainColor } from "./domain-color";

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 64;

export type ProductNodeData = { node: LineageNode; focus: boolean; risk: boolean; dimmed: boolean; onPath: boolean; match: boolean };
export type GroupNodeData = { hidden: number; level: number };
export type ProductFlowNode = Node<ProductNodeData, "product">;
export type GroupFlowNode = Node<GroupNodeData, "group">;

const STATUS_CLASS: Record<string, string> = {
  active: "bg-emerald-50 text-emerald-800",
  draft: "bg-slate-100 text-slate-700",
  deprecated: "bg-amber-100 text-amber-900",
  retired: "bg-rose-100 text-rose-900",
};

function scoreClass(score: number) {
  return score >= 90 ? "text-emerald-700" : score >= 70 ? "text-amber-700" : "text-rose-700";
}

/** Below this zoom a node's text is too small to read: it is drawn as a coloured card only. */
export const DETAIL_ZOOM = 0.35;
const zoomedOut = (state: ReactFlowState) => state.transform[2] < DETAIL_ZOOM;

/**
 * One product (or source system, or deleted input) on the canvas; memoised so panning does not
 * re-render it, and text-free when zoomed out, where a thousand cards of text cost most of a frame
 * to paint and none of it can be read. It re-renders only when the zoom crosses DETAIL_ZOOM.
 */
export const ProductNodeView = memo(function ProductNodeView({ data, selected }: NodeProps<ProductFlowNode>) {
  const { node, focus, risk, dimmed, onPath, match } = data;
  const compact = useStore(zoomedOut);
  const ring = focus ? "ring-2 ring-brand-600" : selected ? "ring-2 ring-slate-900" : match ? "ring-2 ring-yellow-400" : onPath ? "ring-2 ring-sky-400" : "";
  const border = node.kind === "missing" ? "border-2 border-dashed border-rose-500" : risk ? "border-2 border-amber-500" : "border border-slate-300";
  const colour = node.kind === "product" ? domainColor(node.domain) : node.kind === "missing" ? "#e11d48" : "#94a3b8";
  if (compact) {
    return (
      <div className={`flex h-16 w-[220px] rounded-lg bg-white ${border} ${ring} ${dimmed ? "opacity-30" : ""}`} title={node.title}>
        <Handle type="target" position={Position.Left} className="!h-2 !w-2 !border-0 !bg-slate-400" />
        <div className="w-4 shrink-0 rounded-l-lg" style={{ background: colour }} />
        <Handle type="source" position={Position.Right} className="!h-2 !w-2 !border-0 !bg-slate-400" />
      </div>
    );
  }
  return (
    <div
      className={`flex h-16 w-[220px] overflow-hidden rounded-lg bg-white text-left ${border} ${ring} ${dimmed ? "opacity-30" : ""}`}
      title={risk ? "Risk: an active product reads a deprecated or retired input" : undefined}
    >
      <Handle type="target" position={Position.Left} className="!h-2 !w-2 !border-0 !bg-slate-400" />
      <div className="w-1.5 shrink-0" style={{ background: colour }} />
      <div className="min-w-0 flex-1 px-2 py-1.5">
        <div className="truncate text-xs font-semibold text-slate-900">{node.title}</div>
        <div className="truncate text-[11px] text-slate-500">
          {node.kind === "product" ? node.domain : node.kind === "source" ? "source system" : "deleted product — broken input"}
        </div>
        {node.kind === "product" && node.status && (
          <div className="mt-0.5 flex items-center gap-1.5 text-[10px]">
            <span className={`rounded px-1 font-medium ${STATUS_CLASS[node.status]}`}>{node.status}</span>
            <span className={`font-semibold tabular-nums ${scoreClass(node.score ?? 0)}`} title="Governance score">
              {node.score}
            </span>
            {risk && <span className="font-semibold text-amber-700">⚠ risk</span>}
          </div>
        )}
      </div>
      <Handle type="source" position={Position.Right} className="!h-2 !w-2 !border-0 !bg-slate-400" />
    </div>
  );
});

/** A folded layer: "+N more", expanded on click. */
export const GroupNodeView = memo(function GroupNodeView({ data }: NodeProps<GroupFlowNode>) {
  return (
    <div className="flex h-16 w-[220px] items-center justify-center rounded-lg border-2 border-dashed border-brand-500 bg-brand-50 text-sm font-semibold text-brand-700">
      <Handle type="target" position={Position.Left} className="!h-2 !w-2 !border-0 !bg-slate-400" />
      +{data.hidden.toLocaleString("en-US")} more
      <Handle type="source" position={Position.Right} className="!h-2 !w-2 !border-0 !bg-slate-400" />
    </div>
  );
});

export const nodeTypes = { product: ProductNodeView, group: GroupNodeView };
