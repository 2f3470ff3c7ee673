/** What the lineage API and the graph view exchange; plain data, safe to import from client components. */
import type { LifecycleStatus } from "@/lib/spec/enums";

export type LineageDirection = "upstream" | "downstream" | "both";

export interface LineageNode {
  /** "domain/name" for products, "source:<slug>" for source systems, "missing:<ref>" for a deleted upstream */
  id: string;
  kind: "product" | "source" | "missing";
  slug: string;
  title: string;
  domain: string | null;
  domainName: string | null;
  status: LifecycleStatus | null;
  score: number | null;
  /** hops from the focus: negative upstream, positive downstream, 0 the focus */
  level: number;
}

export interface LineageEdge {
  from: string;
  to: string;
  crossDomain: boolean;
  viaPort: boolean;
  /** the upstream end is deprecated or retired while the reader is active */
  risk: boolean;
  /** the upstream end was deleted; the reader still names it */
  broken: boolean;
}

export interface LineageGraph {
  focus: string;
  direction: LineageDirection;
  depth: number;
  /** set when the asked depth was above the maximum and has been lowered */
  depthClamped: boolean;
  nodes: LineageNode[];
  edges: LineageEdge[];
  /** the node cap was reached: some nodes within the depth are not listed */
  truncated: boolean;
  /** each cycle as the ids of its nodes (a self-loop is a cycle of one) */
  cycles: string[][];
}
