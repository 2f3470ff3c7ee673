import { describe, expect, it } from "vitest";
import { parseGraphPageParams } from "./page-params";

describe("parseGraphPageParams", () => {
  it("reads the focus and the depths", () => {
    expect(parseGraphPageParams({ focus: "customer/customer-360", up: "1", down: "3" })).toMatchObject({ focus: { domain: "customer", name: "customer-360" }, up: 1, down: 3, clamped: false });
  });
  it("falls back on bad depths and flags depths above the maximum", () => {
    expect(parseGraphPageParams({ up: "x", down: "-1" })).toMatchObject({ focus: null, up: 2, down: 2 });
    expect(parseGraphPageParams({ focus: "a/b", down: "40" }).clamped).toBe(true);
  });
  it("rejects a focus that is not domain/name", () => {
    expect(parseGraphPageParams({ focus: "nonsense" })).toMatchObject({ focus: null, rawFocus: "nonsense" });
  });
});
