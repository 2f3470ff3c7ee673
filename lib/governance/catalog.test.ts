import { describe, expect, it } from "vitest";
import { policyCatalog } from "./catalog";
import { GLOBAL_POLICIES } from "./policies";
import { POLICY_CATEGORIES } from "./types";

describe("policyCatalog", () => {
  it("documents every global policy without its code", () => {
    const catalog = policyCatalog();
    expect(catalog.map((doc) => doc.id)).toEqual(GLOBAL_POLICIES.map((policy) => policy.id));
    for (const doc of catalog) {
      expect(Object.keys(doc).sort()).toEqual(["category", "id", "rationale", "remediation", "severity", "title"]);
      expect(POLICY_CATEGORIES).toContain(doc.category);
    }
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });
});
