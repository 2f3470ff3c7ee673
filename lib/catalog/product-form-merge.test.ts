import { describe, expect, it } from "vitest";
import { reapplyChanges } from "./product-form-merge";

const base = {
  metadata: { name: "p", version: "1.0.0", title: "Old", owner: { team: "t", email: "a@example.com" } },
  spec: { description: "old", slo: { freshness: { target: "1 hour" } } },
};

describe("reapplyChanges", () => {
  it("lays the caller's changed sections over the other person's version", () => {
    const mine = { ...base, metadata: { ...base.metadata, title: "Mine" } };
    const theirs = { ...base, spec: { ...base.spec, description: "theirs" } };
    const result = reapplyChanges(base, mine, theirs);
    expect(result.spec).toEqual({ ...base, metadata: { ...base.metadata, title: "Mine" }, spec: { ...base.spec, description: "theirs" } });
    expect(result.reapplied).toEqual(["metadata.title"]);
    expect(result.overlapping).toEqual([]);
  });

  it("keeps the caller's value where both changed the same section, and says so", () => {
    const mine = { ...base, spec: { ...base.spec, description: "mine" } };
    const theirs = { ...base, spec: { ...base.spec, description: "theirs" } };
    const result = reapplyChanges(base, mine, theirs);
    expect(result.spec.spec).toEqual({ ...base.spec, description: "mine" });
    expect(result.overlapping).toEqual(["spec.description"]);
  });

  it("works per owner contact and applies removals", () => {
    const mine = { metadata: { ...base.metadata, owner: { team: "t", email: "b@example.com" } }, spec: { description: "old" } };
    const theirs = { ...base, metadata: { ...base.metadata, owner: { team: "t", email: "a@example.com", slack: "#x" } } };
    const result = reapplyChanges(base, mine, theirs);
    expect(result.spec).toEqual({ metadata: { ...base.metadata, owner: { team: "t", email: "b@example.com", slack: "#x" } }, spec: { description: "old" } });
    expect(result.reapplied.sort()).toEqual(["metadata.owner.email", "spec.slo"]);
  });
});
