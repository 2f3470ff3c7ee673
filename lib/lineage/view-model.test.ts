import { describe, expect, it } from "vitest";
import type { LineageNode } from "./types";
import { buildViewModel, LAYER_LIMIT, pathBetween } from "./view-model";

const node = (id: string, level: number): LineageNode => ({ id, kind: "product", slug: id, title: id, domain: "d", domainName: "D", status: "active", score: 90, level });
const edge = (from: string, to: string) => ({ from, to, crossDomain: false, viaPort: true, risk: false, broken: false });

describe("buildViewModel", () => {
  const children = Array.from({ length: 120 }, (_, i) => node(`c${String(i).padStart(3, "0")}`, 1));
  const nodes = [node("focus", 0), ...children];
  const edges = children.map((child) => edge("focus", child.id));

  it("folds a layer of more than 50 into a '+N more' node with one edge to it", () => {
    const view = buildViewModel(nodes, edges, "focus", new Set(), new Set());
    expect(view.nodes).toHaveLength(LAYER_LIMIT);
    expect(view.groups).toEqual([{ id: "group:1", level: 1, hidden: 120 - (LAYER_LIMIT - 1) }]);
    expect(view.edges.filter((item) => item.to === "group:1")).toHaveLength(1);
  });

  it("shows the whole layer once expanded", () => {
    const view = buildViewModel(nodes, edges, "focus", new Set(), new Set([1]));
    expect(view.nodes).toHaveLength(121);
    expect(view.groups).toEqual([]);
  });

  it("keeps risky nodes visible when folding", () => {
    const view = buildViewModel(nodes, edges, "focus", new Set(["c119"]), new Set());
    expect(view.nodes.map((item) => item.id)).toContain("c119");
  });
});

describe("pathBetween", () => {
  const edges = [
    { id: "1", from: "a", to: "b" },
    { id: "2", from: "b", to: "c" },
    { id: "3", from: "x", to: "c" },
    { id: "4", from: "a", to: "c" },
  ];
  it("finds the shortest chain, against the edge direction too", () => {
    expect([...pathBetween(edges, "a", "c")]).toEqual(["4"]);
    expect([...pathBetween(edges, "a", "x")].sort()).toEqual(["3", "4"]);
  });
  it("is empty when the nodes are not connected", () => {
    expect(pathBetween(edges, "a", "zzz").size).toBe(0);
  });
});
