import { describe, expect, it } from "vitest";
import { DOMAIN_RULE_TYPES, domainRuleSchema } from "./domain-rule-schema";

describe("domainRuleSchema", () => {
  it("accepts each rule type with its params", () => {
    const rules = [
      { ruleType: "required-tags", params: { tags: ["gdpr-reviewed"] } },
      { ruleType: "min-availability", params: { percent: 99.5 } },
      { ruleType: "allowed-port-technologies", params: { technologies: ["snowflake", "kafka"] } },
      { ruleType: "max-freshness", params: { minutes: 60 } },
      { ruleType: "required-quality-tests", params: { types: ["uniqueness"] } },
      { ruleType: "required-classification", params: { atLeast: "confidential" } },
    ];
    expect(rules.map((rule) => rule.ruleType).sort()).toEqual([...DOMAIN_RULE_TYPES].sort());
    for (const [index, rule] of rules.entries()) {
      const parsed = domainRuleSchema.safeParse({ id: `SALES-00${index + 1}`, severity: "error", description: "Why", ...rule });
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
  });

  it("reports errors on the offending param field", () => {
    const parsed = domainRuleSchema.safeParse({
      id: "SALES-001",
      severity: "error",
      description: "Why",
      ruleType: "allowed-port-technologies",
      params: { technologies: ["snowflake", "oracle"] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([["params", "technologies", 1]]);
  });

  it("rejects unknown param keys, unknown rule types and malformed ids", () => {
    const base = { id: "SALES-001", severity: "error", description: "Why" };
    expect(domainRuleSchema.safeParse({ ...base, ruleType: "min-availability", params: { percentage: 99.5 } }).success).toBe(false);
    expect(domainRuleSchema.safeParse({ ...base, ruleType: "min-rows", params: {} }).success).toBe(false);
    const badId = domainRuleSchema.safeParse({ ...base, id: "sales 1", ruleType: "max-freshness", params: { minutes: 5 } });
    expect(badId.error?.issues.map((issue) => issue.path)).toEqual([["id"]]);
  });
});
