import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";

describe("highlight", () => {
  it("marks words that start with a query token", () => {
    expect(highlight("Customer 360 view", ["cust", "360"])).toEqual([
      { text: "Customer", match: true },
      { text: " ", match: false },
      { text: "360", match: true },
      { text: " view", match: false },
    ]);
  });

  it("leaves text alone without tokens and never matches inside a word", () => {
    expect(highlight("orders", [])).toEqual([{ text: "orders", match: false }]);
    expect(highlight("reorders", ["order"])).toEqual([{ text: "reorders", match: false }]);
  });
});
