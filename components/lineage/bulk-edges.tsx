"use client";
import { ViewportPortal } from "@xyflow/react";
import { memo, useMemo } from "react";
import { NODE_HEIGHT, NODE_WIDTH } from "./lineage-nodes";

export interface BulkEdge {
  from: string;
  to: string;
  colour: string;
  dashed: boolean;
}

/**
 * Many edges drawn as one SVG path per style (colour, dash) under the nodes, moving with the
 * viewport. React Flow gives every edge its own <svg> and paths, which is what makes a
 * 1,500-edge graph slow to pan; a handful of long paths paint in a fraction of that time. Used
 * for big graphs only, where edges are not interactive anyway; arrowheads are short chevrons.
 */
export const BulkEdges = memo(function BulkEdges({ edges, positions }: { edges: readonly BulkEdge[]; positions: Readonly<Record<string, { x: number; y: number }>> }) {
  const { paths, width, height } = useMemo(() => {
    const byStyle = new Map<string, string[]>();
    let right = 0;
    let bottom = 0;
    for (const edge of edges) {
      const from = positions[edge.from];
      const to = positions[edge.to];
      if (!from || !to) continue;
      const sx = from.x + NODE_WIDTH;
      const sy = from.y + NODE_HEIGHT / 2;
      const tx = to.x;
      const ty = to.y + NODE_HEIGHT / 2;
      right = Math.max(right, sx, tx);
      bottom = Math.max(bottom, sy, ty);
      const key = `${edge.colour}|${edge.dashed ? 1 : 0}`;
      const segments = byStyle.get(key) ?? [];
      segments.push(`M${sx} ${sy}L${tx} ${ty}M${tx - 9} ${ty - 5}L${tx} ${ty}L${tx - 9} ${ty + 5}`);
      byStyle.set(key, segments);
    }
    return {
      paths: [...byStyle].map(([key, segments]) => {
        const [colour, dashed] = key.split("|");
        return { key, colour, dashed: dashed === "1", d: segments.join("") };
      }),
      width: right + NODE_WIDTH,
      height: bottom + NODE_HEIGHT,
    };
  }, [edges, positions]);

  return (
    <ViewportPortal>
      {/* Below the nodes, as React Flow draws its own edges. */}
      <svg width={width} height={height} className="pointer-events-none absolute left-0 top-0 -z-10 overflow-visible" aria-hidden="true">
        {paths.map((path) => (
          <path key={path.key} d={path.d} fill="none" stroke={path.colour} strokeWidth={1.5} strokeDasharray={path.dashed ? "5 4" : undefined} />
        ))}
      </svg>
    </ViewportPortal>
  );
});
