"use client";
import { useCallback, useState } from "react";
import type { LineageGraph } from "@/lib/lineage/types";
import { LineageExplorer } from "./lineage-explorer";

/** The explorer on a synthetic graph, showing how long the worker's layout took. */
export function StressGraph({ graph }: { graph: LineageGraph }) {
  const [layout, setLayout] = useState<{ took: number; nodes: number } | null>(null);
  const onLayout = useCallback((took: number, nodes: number) => setLayout({ took, nodes }), []);
  return (
    <>
      <p className="mb-3 text-sm text-slate-600" role="status" data-testid="layout-status" data-layout-ms={layout ? Math.round(layout.took) : undefined}>
        {layout ? `Laid out ${layout.nodes.toLocaleString("en-US")} nodes in ${Math.round(layout.took).toLocaleString("en-US")} ms (in the worker).` : "Laying out…"}
      </p>
      <LineageExplorer graph={graph} expandable={false} onLayout={onLayout} />
    </>
  );
}
