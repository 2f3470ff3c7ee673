import { describe, expect, it } from "vitest";
import { customer360 } from "@/lib/governance/test-support/customer-360";
import { sameSpec } from "./spec-equality";

describe("sameSpec", () => {
  it("ignores key order and the title and status the writer fills in", () => {
    const submitted = customer360();
    const stored = { ...customer360(), metadata: { ...customer360().metadata, title: "customer-360", status: "active" as const } };
    expect(sameSpec({ spec: submitted.spec, metadata: submitted.metadata, kind: submitted.kind, apiVersion: submitted.apiVersion }, stored)).toBe(true);
  });

  it("sees any change the submission makes", () => {
    const submitted = customer360();
    submitted.metadata.version = "9.0.0";
    expect(sameSpec(submitted, { ...customer360(), metadata: { ...customer360().metadata, title: "customer-360", status: "draft" } })).toBe(false);
  });
});
