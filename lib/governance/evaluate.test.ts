import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dataProductSpecSchema, type DataProductSpecInput } from "../spec/schema";
import { definePolicy } from "./define-policy";
import { evaluate } from "./evaluate";
import { CUSTOMER_360_YAML, customer360 } from "./test-support/customer-360";
import type { GovernedSpec } from "./types";

describe("evaluate on the reference customer-360 spec", () => {
  it("is a valid spec for the schema", () => {
    const result = dataProductSpecSchema.safeParse(parse(CUSTOMER_360_YAML));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("can be published; only its one-line description costs 2 points", () => {
    const result = evaluate(customer360());
    expect(result).toMatchObject({ score: 98, errors: 0, warnings: 1, canPublish: true });
    expect(result.violations.map((v) => v.policyId)).toEqual(["DOC-002"]);
  });

  it("stays publishable when activated against healthy upstreams", () => {
    const result = evaluate(customer360(), {
      targetStatus: "active",
      upstream: [
        { ref: "customer-transactions", status: "active", freshnessMinutes: 5 },
        { ref: "customer/customer-profile-raw", status: "active", freshnessMinutes: 60 },
      ],
    });
    expect(result).toMatchObject({ score: 98, canPublish: true });
  });

  it("cannot be activated on a retired upstream", () => {
    const result = evaluate(customer360(), { targetStatus: "active", upstream: [{ ref: "customer-profile-raw", status: "retired" }] });
    expect(result).toMatchObject({ errors: 1, canPublish: false, score: 88 });
  });
});

describe("evaluate", () => {
  it("accepts the form's input shape as a draft", () => {
    // Compile-time check: the form state (zod input type) must be assignable to GovernedSpec.
    const formState: DataProductSpecInput = { apiVersion: "datamesh.io/v1", kind: "DataProduct", metadata: customer360().metadata, spec: {} };
    expect(evaluate(formState).canPublish).toBe(false);
  });

  it("sorts errors first, then by policy id", () => {
    const draft: GovernedSpec = {
      metadata: { name: "orders", domain: "sales", version: "1.0.0", owner: { team: "sales-team", email: "sales@example.com" } },
      spec: { description: "Orders.", schema: { type: "avro", fields: [{ name: "orderId", type: "string" }] } },
    };
    const { violations } = evaluate(draft);
    const errorIds = violations.filter((v) => v.severity === "error").map((v) => v.policyId);
    const warningIds = violations.filter((v) => v.severity === "warning").map((v) => v.policyId);
    expect(violations.map((v) => v.policyId)).toEqual([...errorIds, ...warningIds]);
    expect(errorIds).toEqual(["PRIVACY-001", "SEC-001", "SEC-002", "SLO-002"]);
    expect(warningIds).toEqual(["DOC-002", "DOC-003", "QUALITY-002", "SCHEMA-002", "SCHEMA-003", "SLO-001"]);
  });

  it("reports every missing part of an empty draft without throwing", () => {
    const result = evaluate({});
    expect(result).toMatchObject({ errors: 9, warnings: 3, score: 4, canPublish: false });
    expect(result.violations.map((v) => v.path)).toEqual([
      "spec.description",
      "metadata.owner.team",
      "metadata.owner.email",
      "metadata.version",
      "spec.schema.type",
      "spec.schema.fields",
      "spec.access.classification",
      "spec.access.retention",
      "spec.slo.freshness.target",
      "metadata.owner.slack",
      "spec.quality.tests",
      "spec.slo.availability.target",
    ]);
  });

  it("adds extra policies to the global set", () => {
    const alwaysWarns = definePolicy(
      { id: "SALES-001", severity: "warning", category: "metadata", title: "t", rationale: "r", remediation: "fix it" },
      () => [{ path: "metadata.name", message: "m" }],
    );
    const result = evaluate(customer360(), {}, [alwaysWarns]);
    expect(result.violations.map((v) => v.policyId)).toEqual(["DOC-002", "SALES-001"]);
    expect(result.violations[1].remediation).toBe("fix it");
    expect(result.score).toBe(96);
  });
});
