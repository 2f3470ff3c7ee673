import { describe, expect, it } from "vitest";
import { breakingChanges, diffSpecs, suggestedVersion } from "./diff";
import type { DataProductSpec } from "./schema";

const base: DataProductSpec = {
  apiVersion: "datamesh.io/v1",
  kind: "DataProduct",
  metadata: { name: "orders", domain: "order", version: "1.4.2", owner: { team: "order-team" }, tags: ["sales"] },
  spec: {
    description: "Orders",
    outputPorts: [
      { name: "orders-table", type: "snowflake" },
      { name: "orders-stream", type: "kafka" },
    ],
    schema: {
      type: "avro",
      fields: [
        { name: "order_id", type: "string", pii: false },
        { name: "amount", type: "decimal", pii: false },
      ],
    },
    access: { classification: "internal" },
  },
};

const edit = (change: (spec: DataProductSpec) => void): DataProductSpec => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe("diffSpecs", () => {
  it("finds nothing between equal specs", () => {
    expect(diffSpecs(base, structuredClone(base))).toEqual([]);
  });

  it("addresses named list items by name, so a reorder is not a change", () => {
    const reordered = edit((spec) => spec.spec.outputPorts!.reverse());
    expect(diffSpecs(base, reordered)).toEqual([]);
  });

  it("lists added, removed and changed values with their before and after", () => {
    const after = edit((spec) => {
      spec.spec.description = "All orders";
      spec.spec.schema!.fields[1].type = "double";
      spec.spec.schema!.fields.push({ name: "currency", type: "string" });
      spec.spec.outputPorts = spec.spec.outputPorts!.filter((port) => port.name !== "orders-stream");
      spec.metadata.tags = ["sales", "finance"];
      delete spec.spec.access;
    });
    const changes = diffSpecs(base, after);
    expect(changes).toContainEqual({ path: "spec.description", kind: "changed", before: "Orders", after: "All orders" });
    expect(changes).toContainEqual({ path: "spec.schema.fields[amount].type", kind: "changed", before: "decimal", after: "double" });
    expect(changes).toContainEqual({ path: "spec.schema.fields[currency]", kind: "added", after: { name: "currency", type: "string" } });
    expect(changes).toContainEqual({ path: "spec.outputPorts[orders-stream]", kind: "removed", before: { name: "orders-stream", type: "kafka" } });
    expect(changes).toContainEqual({ path: "metadata.tags", kind: "changed", before: ["sales"], after: ["sales", "finance"] });
    expect(changes).toContainEqual({ path: "spec.access", kind: "removed", before: { classification: "internal" } });
    expect(changes).toHaveLength(6);
  });

  it("diffs half-written drafts without throwing", () => {
    expect(diffSpecs(null, { metadata: { name: "x" } })).toEqual([{ path: "metadata", kind: "added", after: { name: "x" } }]);
  });
});

describe("breakingChanges", () => {
  it("flags removed and retyped fields, removed output ports and a stricter classification", () => {
    const after = edit((spec) => {
      spec.spec.schema!.fields = [{ name: "amount", type: "double", pii: false }];
      spec.spec.outputPorts = [{ name: "orders-table", type: "snowflake" }];
      spec.spec.access = { classification: "confidential" };
    });
    expect(breakingChanges(base, after).map((change) => change.kind)).toEqual([
      "field-removed",
      "field-retyped",
      "output-port-removed",
      "classification-stricter",
    ]);
  });

  it("does not flag additions, a looser classification or a new description", () => {
    const after = edit((spec) => {
      spec.spec.schema!.fields.push({ name: "note", type: "string" });
      spec.spec.access = { classification: "public" };
      spec.spec.description = "x";
    });
    expect(breakingChanges(base, after)).toEqual([]);
  });
});

describe("suggestedVersion", () => {
  it("proposes a major bump when something breaks", () => {
    const after = edit((spec) => spec.spec.schema!.fields.pop());
    expect(suggestedVersion(base, after)).toMatchObject({ bump: "major", version: "2.0.0", satisfied: false });
    after.metadata.version = "2.0.0";
    expect(suggestedVersion(base, after)).toMatchObject({ bump: "major", satisfied: true });
  });

  it("proposes minor for additions, patch for other edits, none for no change", () => {
    expect(suggestedVersion(base, edit((spec) => spec.spec.schema!.fields.push({ name: "note", type: "string" })))).toMatchObject({ bump: "minor", version: "1.5.0" });
    expect(suggestedVersion(base, edit((spec) => (spec.spec.description = "x")))).toMatchObject({ bump: "patch", version: "1.4.3" });
    expect(suggestedVersion(base, base)).toMatchObject({ bump: "none", version: "1.4.2", satisfied: true });
  });
});
