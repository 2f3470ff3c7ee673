import { describe, expect, it } from "vitest";
import type { DomainRule } from "./domain-rule-schema";
import { validateDomainRule, weakensGlobalPolicy } from "./domain-rule-weakening";

const base = { id: "CUST-001", severity: "error", description: "Agreed by the customer domain." } as const;

describe("weakensGlobalPolicy", () => {
  it("accepts rules that only add to the global set", () => {
    const rules: DomainRule[] = [
      { ...base, ruleType: "min-availability", params: { percent: 99 } },
      { ...base, ruleType: "min-availability", params: { percent: 99.9 }, severity: "warning" },
      { ...base, ruleType: "required-classification", params: { atLeast: "confidential" }, severity: "warning" },
      { ...base, ruleType: "max-freshness", params: { minutes: 1440 }, severity: "warning" },
    ];
    for (const rule of rules) expect(weakensGlobalPolicy(rule)).toBeNull();
  });

  it("refuses an availability floor below SLO-001", () => {
    expect(weakensGlobalPolicy({ ...base, ruleType: "min-availability", params: { percent: 95 } })).toBe(
      "Availability floor 95% is below the global 99% of SLO-001.",
    );
  });

  it("refuses restating a global error as a warning", () => {
    const reason = weakensGlobalPolicy({ ...base, severity: "warning", ruleType: "required-classification", params: { atLeast: "public" } });
    expect(reason).toContain("SEC-001");
  });

  it("refuses taking a global policy's id", () => {
    expect(weakensGlobalPolicy({ ...base, id: "SLO-002", ruleType: "max-freshness", params: { minutes: 60 } })).toContain("SLO-002");
  });
});

describe("validateDomainRule", () => {
  it("returns the parsed rule when valid and not weakening", () => {
    const result = validateDomainRule({ ...base, ruleType: "max-freshness", params: { minutes: 60 } });
    expect(result).toEqual({ success: true, rule: { ...base, ruleType: "max-freshness", params: { minutes: 60 } } });
  });

  it("puts schema errors and the weakening reason on their fields", () => {
    expect(validateDomainRule({ ...base, ruleType: "max-freshness", params: { minutes: -5 } })).toEqual({
      success: false,
      errors: [{ path: "params.minutes", message: "Use a positive number of minutes" }],
    });
    expect(validateDomainRule({ ...base, ruleType: "min-availability", params: { percent: 95 } })).toEqual({
      success: false,
      errors: [{ path: "params.percent", message: "Availability floor 95% is below the global 99% of SLO-001." }],
    });
  });
});
