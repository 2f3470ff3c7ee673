import { describe, expect, it } from "vitest";
import { findCycles } from "./cycles";

const edges = (...pairs: [string, string][]) => pairs.map(([from, to]) => ({ from, to }));

describe("findCycles", () => {
  it("finds nothing in a diamond", () => {
    expect(findCycles(["a", "b", "c", "d"], edges(["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"]))).toEqual([]);
  });

  it("reports a three-node cycle once, as one component", () => {
    const cycles = findCycles(["a", "b", "c", "x"], edges(["a", "b"], ["b", "c"], ["c", "a"], ["c", "x"]));
    expect(cycles).toHaveLength(1);
    expect([...cycles[0]].sort()).toEqual(["a", "b", "c"]);
  });

  it("reports a self-loop as a cycle of one", () => {
    expect(findCycles(["a", "b"], edges(["a", "a"], ["a", "b"]))).toEqual([["a"]]);
  });

  it("handles a chain far longer than the call stack would allow recursively", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => ({ from: ids[i], to: id }));
    expect(findCycles(ids, [...chain, { from: ids[ids.length - 1], to: ids[0] }])[0]).toHaveLength(50_000);
  });

  it("ignores edges to nodes outside the graph", () => {
    expect(findCycles(["a"], edges(["a", "zzz"]))).toEqual([]);
  });
});
