import { describe, expect, it } from "vitest";
import { demoProducts } from "@/prisma/demo";
import { dataProductSpecSchema } from "./schema";
import { parseSpecYaml, stringifySpec } from "./yaml";
import { parseText } from "./yaml-text";

const VALID = `apiVersion: datamesh.io/v1
kind: DataProduct
metadata:
  name: orders
  domain: order
  version: 1.0.0
  owner:
    team: order-team
spec:
  outputPorts:
    - name: orders-table
      type: snowflake
  schema:
    fields:
      - name: order_id
        type: string
`;

describe("parsing a spec from YAML", () => {
  it("returns the validated spec of a well-formed document", () => {
    const result = parseSpecYaml(VALID);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.spec.spec.outputPorts?.[0].name).toBe("orders-table");
  });

  it("places a syntax error on its line and column", () => {
    const result = parseSpecYaml("apiVersion: datamesh.io/v1\nkind: [DataProduct\nmetadata: {}\n");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems[0].line).toBeGreaterThanOrEqual(2);
    }
  });

  it("names an unknown field at the line of its key", () => {
    const result = parseSpecYaml(VALID.replace("  version: 1.0.0\n", "  version: 1.0.0\n  colour: blue\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path: "metadata.colour", message: expect.stringContaining('"colour"'), line: 7, column: 3 });
  });

  it("points at a wrong enum value inside a list and lists the allowed values", () => {
    const result = parseSpecYaml(VALID.replace("type: snowflake", "type: snowflak"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const problem = result.problems.find((item) => item.path === "spec.outputPorts[0].type");
      expect(problem).toMatchObject({ line: 12, column: 7 });
      expect(problem?.message).toContain("snowflake");
    }
  });

  it("reports a wrong type, duplicate field names and a self-dependency", () => {
    const text = VALID.replace("version: 1.0.0", "version: 1")
      .replace("        type: string\n", "        type: string\n      - name: order_id\n        type: long\n")
      .replace("spec:\n", "spec:\n  lineage:\n    upstreamProducts: [order/orders]\n");
    const wrongType = parseSpecYaml(text);
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.problems.map((p) => p.path)).toContain("metadata.version");
    // Refinements run once the shape is right.
    const refined = parseSpecYaml(text.replace("version: 1", "version: 1.0.0"));
    expect(refined.ok).toBe(false);
    if (!refined.ok) {
      expect(refined.problems).toContainEqual(expect.objectContaining({ path: "spec.schema.fields[1].name", message: 'Duplicate field name "order_id"' }));
      expect(refined.problems).toContainEqual(expect.objectContaining({ path: "spec.lineage.upstreamProducts[0]", line: 11 }));
    }
  });

  it("rejects duplicate keys and alias bombs instead of expanding them", () => {
    expect(parseText("a: 1\na: 2\n").ok).toBe(false);
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)].join("\n");
    expect(parseText(bomb).ok).toBe(false);
  });

  it("reads JSON as well", () => {
    const result = parseSpecYaml(JSON.stringify(parseText(VALID).ok ? (parseText(VALID) as { value: unknown }).value : null, null, "\t"));
    expect(result.ok).toBe(true);
  });

  it("says what a document that is not a mapping should be", () => {
    const result = parseSpecYaml("- just\n- a list\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain("apiVersion");
  });

  it("keeps HTML in text fields as text", () => {
    const result = parseSpecYaml(VALID.replace("spec:\n", 'spec:\n  description: "<script>alert(1)</script>"\n'));
    expect(result.ok && result.spec.spec.description).toBe("<script>alert(1)</script>");
  });
});

describe("YAML round-trip of the demo mesh", () => {
  it.each(demoProducts.map((product) => [`${product.metadata.domain}/${product.metadata.name}`, product] as const))("%s survives stringify → parse", (_ref, product) => {
    const spec = dataProductSpecSchema.parse(product);
    const text = stringifySpec(spec);
    const again = parseSpecYaml(text);
    expect(again.ok ? again.spec : again.problems).toEqual(spec);
    expect(stringifySpec(again.ok ? again.spec : null)).toBe(text);
  });
});
