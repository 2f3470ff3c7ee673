import { describe, expect, it } from "vitest";
import { cleanSpec } from "../test-support/customer-360";
import { availabilityFloor, freshnessAchievable, freshnessDefined } from "./slo-policies";

describe("SLO-001 availability is at least 99%", () => {
  it("passes at 99.9% and exactly 99%", () => {
    const spec = cleanSpec();
    expect(availabilityFloor.check(spec, {})).toEqual([]);
    spec.spec.slo!.availability = { target: "99%" };
    expect(availabilityFloor.check(spec, {})).toEqual([]);
  });

  it("fails below the floor, when missing, and when not a percentage", () => {
    const spec = cleanSpec();
    spec.spec.slo!.availability = { target: "95%" };
    expect(availabilityFloor.check(spec, {})).toEqual([
      expect.objectContaining({ policyId: "SLO-001", severity: "warning", path: "spec.slo.availability.target", message: expect.stringContaining("95%") }),
    ]);
    delete spec.spec.slo!.availability;
    expect(availabilityFloor.check(spec, {})[0].message).toBe("No availability SLO is defined.");
    spec.spec.slo!.availability = { target: "1 hour" };
    expect(availabilityFloor.check(spec, {})[0].message).toContain("not a percentage");
  });
});

describe("SLO-002 a freshness SLO is defined", () => {
  it("passes with a duration target", () => {
    expect(freshnessDefined.check(cleanSpec(), {})).toEqual([]);
  });

  it("fails when missing or not a duration", () => {
    const spec = cleanSpec();
    delete spec.spec.slo!.freshness;
    expect(freshnessDefined.check(spec, {})).toEqual([expect.objectContaining({ severity: "error", path: "spec.slo.freshness.target" })]);
    spec.spec.slo!.freshness = { target: "99%" };
    expect(freshnessDefined.check(spec, {})[0].message).toContain("not a duration");
  });
});

describe("SLO-003 freshness is not tighter than the inputs'", () => {
  it("passes when upstreams are at least as fresh, or unknown", () => {
    const context = { upstream: [{ ref: "customer-transactions", status: "active" as const, freshnessMinutes: 15 }] };
    expect(freshnessAchievable.check(cleanSpec(), context)).toEqual([]);
    expect(freshnessAchievable.check(cleanSpec(), {})).toEqual([]);
  });

  it("names the slower upstream, matching bare and qualified refs", () => {
    const context = { upstream: [{ ref: "customer/customer-profile-raw", status: "active" as const, freshnessMinutes: 1440 }] };
    expect(freshnessAchievable.check(cleanSpec(), context)).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "spec.slo.freshness.target",
        message: 'Freshness target 1 hour is tighter than upstream "customer-profile-raw", which only promises 1 day.',
      }),
    ]);
  });
});
