import { describe, expect, it } from "vitest";
import { parseData, parseText } from "./yaml";

describe("parseData", () => {
  it("reads JSON and YAML to the same data as parseText", () => {
    const yaml = "metadata:\n  name: orders\n  tags: [a, b]\n";
    const parsed = parseText(yaml);
    expect(parseData(yaml)).toEqual({ ok: true, value: parsed.ok && parsed.value });
    expect(parseData('{"metadata":{"name":"orders"}}')).toEqual({ ok: true, value: { metadata: { name: "orders" } } });
  });

  it("reads YAML flow style that only looks like JSON", () => {
    expect(parseData("{ metadata: { name: orders } }")).toEqual({ ok: true, value: { metadata: { name: "orders" } } });
  });

  it("places syntax errors on their line, as parseText does", () => {
    const broken = "metadata:\n  name: [unclosed\n";
    const result = parseData(broken);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parseText(broken));
  });
});
