import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseQueryText } from "./query-text";

describe("parseQueryText", () => {
  it("turns a spaced or hyphenated name into the product slug", () => {
    expect(parseQueryText("customer 360").slug).toBe("customer-360");
    expect(parseQueryText("  Customer-360 ").slug).toBe("customer-360");
  });

  it.each([
    ['"unterminated', ["unterminated"]],
    ["& | ! : * ( ) \\ '", []],
    ["'; DROP TABLE data_products; --", ["drop", "table", "data", "products"]],
    ["🚀 rocket 🎉", ["rocket"]],
    ["      ", []],
    ["a:* | b", ["a", "b"]],
  ])("keeps only words from %j", (raw, tokens) => {
    expect(parseQueryText(raw).tokens).toEqual(tokens);
  });

  it("truncates a very long query without splitting an emoji", () => {
    const parsed = parseQueryText("🚀".repeat(1000));
    expect(Array.from(parsed.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.tokens).toEqual([]);
  });

  it("caps the number of words", () => {
    expect(parseQueryText("a b c d e f g h i j k").tokens).toHaveLength(8);
  });
});
