import { describe, expect, it } from "vitest";
import type { LifecycleStatus } from "../../spec/enums";
import { cleanSpec } from "../test-support/customer-360";
import type { GovernanceContext } from "../types";
import { noDeprecatedUpstream, noRetiredUpstream } from "./lineage-policies";

const upstreamIs = (status: LifecycleStatus): GovernanceContext => ({
  upstream: [
    { ref: "customer/customer-transactions", status: "active" },
    { ref: "customer-profile-raw", status },
  ],
});

function activeSpec() {
  const spec = cleanSpec();
  spec.metadata.status = "active";
  return spec;
}

describe("LINEAGE-001 no active product reads from a retired one", () => {
  it("passes when upstreams are active, or the product is a draft", () => {
    expect(noRetiredUpstream.check(activeSpec(), upstreamIs("active"))).toEqual([]);
    expect(noRetiredUpstream.check(cleanSpec(), upstreamIs("retired"))).toEqual([]);
  });

  it("fails on a retired upstream and points at the reference", () => {
    expect(noRetiredUpstream.check(activeSpec(), upstreamIs("retired"))).toEqual([
      expect.objectContaining({ severity: "error", path: "spec.lineage.upstreamProducts[1]", message: expect.stringContaining('"customer-profile-raw"') }),
    ]);
  });

  it("reports a product read through a port and listed in lineage once, at the port", () => {
    const spec = activeSpec();
    spec.spec.inputPorts = [{ name: "profiles", type: "snowflake", product: "customer/customer-profile-raw" }];
    const violations = noRetiredUpstream.check(spec, upstreamIs("retired"));
    expect(violations.map((v) => v.path)).toEqual(["spec.inputPorts[0].product"]);
  });
});

describe("LINEAGE-002 no active product reads from a deprecated one", () => {
  it("passes when upstreams are active", () => {
    expect(noDeprecatedUpstream.check(activeSpec(), upstreamIs("active"))).toEqual([]);
  });

  it("warns on a deprecated upstream, also when publishing a draft", () => {
    expect(noDeprecatedUpstream.check(cleanSpec(), { ...upstreamIs("deprecated"), targetStatus: "active" })).toEqual([
      expect.objectContaining({ policyId: "LINEAGE-002", severity: "warning", path: "spec.lineage.upstreamProducts[1]" }),
    ]);
  });
});
