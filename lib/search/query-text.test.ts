import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseQueryText } from "./query-text";

describe("parseQueryText", () => {
  it("turns a spaced or hyphenated name into the product slug", () => {
    expect(parseQueryText("customer 360").slug).toBe("customer-360");
    expect(parseQueryText("  Customer-360 ").slug).toBe("customer-360");
  });

  it("builds a tsquery from words only, the last one a prefix as it may still be typed", () => {
    expect(parseQueryText("orders daily").prefixQuery).toBe("orders & daily:*");
    expect(parseQueryText("paym").prefixQuery).toBe("paym:*");
  });

  it("also builds the tsquery of the words read as complete", () => {
    expect(parseQueryText("Orders  daily").wordQuery).toBe("orders & daily");
    expect(parseQueryText("& | !").wordQuery).toBe("");
  });

  it("builds the tsquery of what reading the last word as a prefix adds", () => {
    expect(parseQueryText("customer mast").prefixOnlyQuery).toBe("customer & mast:* & !mast");
    expect(parseQueryText("paym").prefixOnlyQuery).toBe("paym:* & !paym");
    expect(parseQueryText("   ").prefixOnlyQuery).toBe("");
  });

  it.each([
    ['"unterminated', ["unterminated"]],
    ["& | ! : * ( ) \\ '", []],
    ["'; DROP TABLE data_products; --", ["drop", "table", "data", "products"]],
    ["🚀 rocket 🎉", ["rocket"]],
    ["      ", []],
    ["a:* | b", ["a", "b"]],
  ])("keeps only words from %j", (raw, tokens) => {
    const parsed = parseQueryText(raw);
    expect(parsed.tokens).toEqual(tokens);
    expect(parsed.prefixQuery).not.toMatch(/[|!()\\'"]/);
    expect(parsed.wordQuery).not.toMatch(/[|!()\\'":*]/);
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
