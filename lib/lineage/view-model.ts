import type { LineageEdge, LineageNode } from "./types";

export const LAYER_LIMIT = 50;

export interface GroupNode {
  id: string;
  level: number;
  hidden: number;
}

export interface ViewModel {
  nodes: LineageNode[];
  groups: GroupNode[];
  edges: (LineageEdge & { id: string })[];
}

export const groupId = (level: number) => `group:${level}`;

/**
 * What the canvas shows: a layer of more than LAYER_LIMIT nodes keeps its first LAYER_LIMIT − 1
 * (the focus, risks and broken inputs first) and folds the rest into one "+N more" node, unless
 * that layer was expanded. Edges to folded nodes go to the group, once.
 */
export function buildViewModel(nodes: readonly LineageNode[], edges: readonly LineageEdge[], focus: string, riskyIds: ReadonlySet<string>, expandedLevels: ReadonlySet<number>): ViewModel {
  const byLevel = new Map<number, LineageNode[]>();
  for (const node of nodes) byLevel.set(node.level, [...(byLevel.get(node.level) ?? []), node]);
  const shown: LineageNode[] = [];
  const groups: GroupNode[] = [];
  const folded = new Map<string, string>();
  const rank = (node: LineageNode) => (node.id === focus ? 0 : riskyIds.has(node.id) || node.kind === "missing" ? 1 : 2);
  for (const [level, members] of byLevel) {
    if (members.length <= LAYER_LIMIT || expandedLevels.has(level)) {
      shown.push(...members);
      continue;
    }
    const ordered = [...members].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
    shown.push(...ordered.slice(0, LAYER_LIMIT - 1));
    const rest = ordered.slice(LAYER_LIMIT - 1);
    for (const node of rest) folded.set(node.id, groupId(level));
    groups.push({ id: groupId(level), level, hidden: rest.length });
  }
  const visibleEdges = new Map<string, LineageEdge & { id: string }>();
  for (const edge of edges) {
    const from = folded.get(edge.from) ?? edge.from;
    const to = folded.get(edge.to) ?? edge.to;
    if (from === to && from.startsWith("group:")) continue;
    const id = `${from}->${to}`;
    const existing = visibleEdges.get(id);
    visibleEdges.set(id, existing ? { ...existing, risk: existing.risk || edge.risk, broken: existing.broken || edge.broken } : { ...edge, from, to, id });
  }
  return { nodes: shown, groups, edges: [...visibleEdges.values()] };
}

/** Ids of the products an edge marks as risky: active readers of deprecated or retired inputs, and those inputs. */
export function riskyNodeIds(edges: readonly LineageEdge[]): Set<string> {
  const ids = new Set<string>();
  for (const edge of edges) {
    if (edge.risk || edge.broken) {
      ids.add(edge.from);
      ids.add(edge.to);
    }
  }
  return ids;
}

/** The shortest chain of edges between two nodes, in either direction, as edge ids; empty when none. */
export function pathBetween(edges: readonly { id: string; from: string; to: string }[], start: string, goal: string): Set<string> {
  if (start === goal) return new Set();
  const adjacent = new Map<string, { next: string; edge: string }[]>();
  for (const edge of edges) {
    adjacent.set(edge.from, [...(adjacent.get(edge.from) ?? []), { next: edge.to, edge: edge.id }]);
    adjacent.set(edge.to, [...(adjacent.get(edge.to) ?? []), { next: edge.from, edge: edge.id }]);
  }
  const cameBy = new Map<string, { previous: string; edge: string }>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length) {
    const at = queue.shift()!;
    if (at === goal) break;
    for (const step of adjacent.get(at) ?? []) {
      if (seen.has(step.next)) continue;
      seen.add(step.next);
      cameBy.set(step.next, { previous: at, edge: step.edge });
      queue.push(step.next);
    }
  }
  const path = new Set<string>();
  for (let at = goal; cameBy.has(at); at = cameBy.get(at)!.previous) path.add(cameBy.get(at)!.edge);
  return path;
}
