import { describe, expect, it } from "vitest";
import { CUSTOMER_360_YAML } from "@/lib/governance/test-support/customer-360";
import { stringifySpec } from "./yaml";
import { parseData, parseText } from "./yaml-text";

const valueOf = (text: string) => {
  const parsed = parseText(text);
  if (!parsed.ok) throw new Error(`parseText refused: ${parsed.problems[0].message}`);
  return parsed.value;
};

describe("parseData", () => {
  it("reads JSON and YAML to the same data as parseText", () => {
    const yaml = "metadata:\n  name: orders\n  tags: [a, b]\n";
    expect(parseData(yaml)).toEqual({ ok: true, value: valueOf(yaml) });
    expect(parseData('{"metadata":{"name":"orders"}}')).toEqual({ ok: true, value: { metadata: { name: "orders" } } });
  });

  it("reads the reference spec and its re-serialisation as parseText does", () => {
    expect(parseData(CUSTOMER_360_YAML)).toEqual({ ok: true, value: valueOf(CUSTOMER_360_YAML) });
    const written = stringifySpec(valueOf(CUSTOMER_360_YAML));
    expect(parseData(written)).toEqual({ ok: true, value: valueOf(written) });
  });

  it("reads scalars by the YAML 1.2 core schema, as parseText does", () => {
    const yaml = [
      "date: 2026-01-01",
      "yes: yes",
      "off: off",
      "octal: 0o17",
      "hex: 0x1F",
      "float: 1.5e3",
      "inf: -.inf",
      "nothing: ~",
      "empty:",
      "quoted: '0.1'",
      "version: 1.10",
      "under: 1_000",
      "folded: >\n  one\n  two\n",
      "'<<': { a: 1 }",
      "",
    ].join("\n");
    expect(parseData(yaml)).toEqual({ ok: true, value: valueOf(yaml) });
    expect(parseData(yaml)).toMatchObject({ ok: true, value: { date: "2026-01-01", yes: "yes", off: "off", octal: 15, under: "1_000" } });
  });

  it("reads YAML flow style that only looks like JSON", () => {
    expect(parseData("{ metadata: { name: orders } }")).toEqual({ ok: true, value: { metadata: { name: "orders" } } });
  });

  it("reads documents that are not mappings as data, for the schema to refuse", () => {
    expect(parseData("- a\n- b\n")).toEqual({ ok: true, value: ["a", "b"] });
    expect(parseData("just text\n")).toEqual({ ok: true, value: "just text" });
    expect(parseData("")).toEqual({ ok: true, value: null });
    expect(parseData("# only a comment\n")).toEqual({ ok: true, value: null });
  });

  it("places syntax errors on their line, as parseText does", () => {
    const broken = "metadata:\n  name: [unclosed\n";
    const result = parseData(broken);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parseText(broken));
  });

  it("reports duplicate keys with their line, as parseText does", () => {
    const duplicated = "metadata:\n  name: orders\n  name: payments\n";
    const result = parseData(duplicated);
    expect(result).toEqual(parseText(duplicated));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 3 });
  });

  it("refuses several documents in one file, as parseText does", () => {
    const several = "metadata:\n  name: orders\n---\nmetadata:\n  name: payments\n";
    const result = parseData(several);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parseText(several));
  });

  it("keeps the bound on alias expansion", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)].join("\n");
    expect(parseData(bomb).ok).toBe(false);
    const shared = "base: &base { team: core }\ncopy: *base\n";
    expect(parseData(shared)).toEqual({ ok: true, value: valueOf(shared) });
  });
});
