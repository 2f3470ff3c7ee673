import { describe, expect, it } from "vitest";
import type { DomainRule } from "./domain-rule-schema";
import { domainPolicyFromRule } from "./domain-rules";
import { cleanSpec } from "./test-support/customer-360";

const rule = <R extends DomainRule>(partial: Pick<R, "ruleType" | "params"> & Partial<R>) =>
  ({ id: "CUST-001", severity: "error", description: "The customer domain agreed on it.", ...partial }) as R;

describe("domainPolicyFromRule", () => {
  it("carries id, severity and rationale from the rule", () => {
    const policy = domainPolicyFromRule(rule({ ruleType: "max-freshness", params: { minutes: 30 }, severity: "warning" }));
    expect(policy).toMatchObject({ id: "CUST-001", severity: "warning", category: "slo", rationale: "The customer domain agreed on it.", title: "Freshness target is at most 30 minutes" });
  });

  it("required-tags", () => {
    const policy = domainPolicyFromRule(rule({ ruleType: "required-tags", params: { tags: ["customer", "gdpr-reviewed"] } }));
    const spec = cleanSpec();
    spec.metadata.tags = ["customer"];
    expect(policy.check(spec, {})).toEqual([expect.objectContaining({ policyId: "CUST-001", path: "metadata.tags", message: 'Tag "gdpr-reviewed" is missing.' })]);
    spec.metadata.tags.push("gdpr-reviewed");
    expect(policy.check(spec, {})).toEqual([]);
  });

  it("min-availability", () => {
    const policy = domainPolicyFromRule(rule({ ruleType: "min-availability", params: { percent: 99.95 } }));
    const spec = cleanSpec();
    expect(policy.check(spec, {})).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining("99.9%") })]);
    spec.spec.slo!.availability = { target: "99.99%" };
    expect(policy.check(spec, {})).toEqual([]);
    delete spec.spec.slo!.availability;
    expect(policy.check(spec, {})).toHaveLength(1);
  });

  it("allowed-port-technologies", () => {
    const policy = domainPolicyFromRule(rule({ ruleType: "allowed-port-technologies", params: { technologies: ["snowflake"] } }));
    const spec = cleanSpec();
    expect(policy.check(spec, {})).toEqual([]);
    spec.spec.outputPorts!.push({ name: "customer-360-api", type: "rest", location: "https://api.example.com/customers" });
    expect(policy.check(spec, {})).toEqual([expect.objectContaining({ path: "spec.outputPorts[1].type", message: expect.stringContaining("rest") })]);
  });

  it("max-freshness, leaving a missing target to SLO-002", () => {
    const policy = domainPolicyFromRule(rule({ ruleType: "max-freshness", params: { minutes: 30 } }));
    const spec = cleanSpec();
    expect(policy.check(spec, {})).toEqual([
      expect.objectContaining({ path: "spec.slo.freshness.target", message: "Freshness target 1 hour is looser than the domain's maximum of 30 minutes." }),
    ]);
    spec.spec.slo!.freshness = { target: "15 minutes" };
    expect(policy.check(spec, {})).toEqual([]);
    delete spec.spec.slo!.freshness;
    expect(policy.check(spec, {})).toEqual([]);
  });

  it("required-quality-tests", () => {
    const policy = domainPolicyFromRule(rule({ ruleType: "required-quality-tests", params: { types: ["uniqueness", "freshness"] } }));
    const spec = cleanSpec();
    expect(policy.check(spec, {})).toEqual([expect.objectContaining({ path: "spec.quality.tests", message: expect.stringContaining("freshness") })]);
    spec.spec.quality!.tests.push({ type: "freshness", threshold: "1 hour" });
    expect(policy.check(spec, {})).toEqual([]);
  });

  it("required-classification, leaving a missing classification to SEC-001", () => {
    const policy = domainPolicyFromRule(rule({ ruleType: "required-classification", params: { atLeast: "restricted" } }));
    const spec = cleanSpec();
    expect(policy.check(spec, {})).toEqual([
      expect.objectContaining({ path: "spec.access.classification", remediation: "Set spec.access.classification to restricted." }),
    ]);
    spec.spec.access!.classification = "restricted";
    expect(policy.check(spec, {})).toEqual([]);
    delete spec.spec.access!.classification;
    expect(policy.check(spec, {})).toEqual([]);
  });

  it("defaults the rationale when the rule has no description", () => {
    const policy = domainPolicyFromRule(rule({ ruleType: "required-tags", params: { tags: ["pii-reviewed"] }, description: undefined }));
    expect(policy.rationale).toContain("tags pii-reviewed are set");
  });

  it("refuses a malformed rule, naming it and the bad field", () => {
    const malformed = { id: "CUST-009", severity: "error", ruleType: "required-tags", params: { tag: "x" } } as unknown as DomainRule;
    expect(() => domainPolicyFromRule(malformed)).toThrow(/CUST-009.*params/);
  });

  it("never throws on an empty draft", () => {
    const rules: DomainRule[] = [
      rule({ ruleType: "required-tags", params: { tags: ["gdpr"] } }),
      rule({ ruleType: "min-availability", params: { percent: 99 } }),
      rule({ ruleType: "allowed-port-technologies", params: { technologies: ["s3"] } }),
      rule({ ruleType: "max-freshness", params: { minutes: 1 } }),
      rule({ ruleType: "required-quality-tests", params: { types: ["range"] } }),
      rule({ ruleType: "required-classification", params: { atLeast: "internal" } }),
    ];
    for (const r of rules) expect(() => domainPolicyFromRule(r).check({}, {})).not.toThrow();
  });
});
