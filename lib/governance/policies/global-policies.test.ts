import { describe, expect, it } from "vitest";
import { cleanSpec } from "../test-support/customer-360";
import type { GovernedSpec } from "../types";
import { GLOBAL_POLICIES } from ".";

/** Shapes a live form or a half-typed YAML file really produces, including wrong types. */
const MALFORMED_DRAFTS: unknown[] = [
  {},
  { metadata: null, spec: null },
  { metadata: { owner: "team", status: "active", version: 2 }, spec: { description: 42 } },
  { spec: { schema: { fields: "customer_id" }, outputPorts: {}, inputPorts: [null, 3, "x"] } },
  { spec: { schema: { fields: [null, {}, { name: 1, pii: "yes", required: true }] } } },
  { spec: { slo: { freshness: { target: 60 }, availability: "99%" }, quality: { tests: [{}, null, { columns: "a" }] } } },
  { spec: { access: { privacy: { pii_columns: "email" }, classification: ["public"] }, lineage: { upstreamProducts: [null, ""] } } },
  { metadata: { status: "deprecated", deprecation: "soon", tags: "x" } },
];

describe("global policy set", () => {
  it("has at least 16 policies with unique ids and complete documentation", () => {
    expect(GLOBAL_POLICIES.length).toBeGreaterThanOrEqual(16);
    expect(new Set(GLOBAL_POLICIES.map((p) => p.id)).size).toBe(GLOBAL_POLICIES.length);
    for (const policy of GLOBAL_POLICIES) {
      expect(policy.id).toMatch(/^[A-Z]+-\d{3}$/);
      expect(policy.title && policy.rationale && policy.remediation).toBeTruthy();
    }
  });

  it("includes the starting set of the product brief with its severities", () => {
    const severities = Object.fromEntries(GLOBAL_POLICIES.map((p) => [p.id, p.severity]));
    expect(severities).toMatchObject({
      "SCHEMA-001": "error",
      "SCHEMA-002": "warning",
      "PRIVACY-001": "error",
      "SLO-001": "warning",
      "SLO-002": "error",
      "SEC-001": "error",
      "SEC-002": "error",
      "DOC-001": "error",
    });
  });

  it("finds nothing to object to in a clean active spec", () => {
    const spec = cleanSpec();
    spec.metadata.status = "active";
    const context = { upstream: [{ ref: "customer-transactions", status: "active" as const, freshnessMinutes: 5 }] };
    expect(GLOBAL_POLICIES.flatMap((p) => p.check(spec, context))).toEqual([]);
  });

  it.each(MALFORMED_DRAFTS.map((draft, index) => [index, draft]))("never throws on malformed draft #%i", (_index, draft) => {
    for (const policy of GLOBAL_POLICIES) {
      const run = () => policy.check(draft as GovernedSpec, { upstream: [{ ref: "x", status: "retired" }] });
      expect(run, policy.id).not.toThrow();
      for (const violation of run()) {
        expect(violation.policyId).toBe(policy.id);
        expect(violation.path).not.toBe("");
        expect(violation.message).not.toBe("");
      }
    }
  });
});
