import { describe, expect, it } from "vitest";
import { cleanSpec } from "../test-support/customer-360";
import type { GovernedSpec } from "../types";
import { classificationSet, retentionSet } from "./security-policies";

describe("SEC-001 a classification is set", () => {
  it("passes with a known classification", () => {
    expect(classificationSet.check(cleanSpec(), {})).toEqual([]);
  });

  it("fails when missing or unknown", () => {
    const spec = cleanSpec();
    delete spec.spec.access!.classification;
    expect(classificationSet.check(spec, {})).toEqual([expect.objectContaining({ severity: "error", path: "spec.access.classification" })]);
    const draft = { spec: { access: { classification: "secret" } } } as unknown as GovernedSpec;
    expect(classificationSet.check(draft, {})[0].message).toContain('"secret"');
  });
});

describe("SEC-002 a retention period is set", () => {
  it("passes with a retention", () => {
    expect(retentionSet.check(cleanSpec(), {})).toEqual([]);
  });

  it("fails without one", () => {
    const spec = cleanSpec();
    spec.spec.access!.retention = "";
    expect(retentionSet.check(spec, {})).toEqual([expect.objectContaining({ policyId: "SEC-002", severity: "error", path: "spec.access.retention" })]);
  });
});
