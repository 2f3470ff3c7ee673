import { describe, expect, it } from "vitest";
import { describeGovernanceQuery, governanceQueryFromParams } from "./governance-query-params";
import { governanceHref } from "./governance-links";

describe("governance list filters from the URL", () => {
  it("reads every filter the dashboard links with", () => {
    expect(governanceQueryFromParams({ domain: "customer", team: "t", policy: "SCHEMA-002", slo: "breached", band: "9", documented: "false", crossDomain: "true", withErrors: "true", page: "3" })).toEqual({
      domain: "customer",
      team: "t",
      policy: "SCHEMA-002",
      slo: "breached",
      band: 9,
      documented: false,
      crossDomain: true,
      withErrors: true,
      page: 3,
    });
  });

  it("ignores values it does not know instead of failing", () => {
    expect(governanceQueryFromParams({ slo: "great", band: "10", documented: "maybe", page: "-1" })).toEqual({
      domain: undefined,
      team: undefined,
      policy: undefined,
      slo: undefined,
      band: undefined,
      documented: undefined,
      crossDomain: undefined,
      withErrors: undefined,
      page: 1,
    });
  });

  it("says what a list holds", () => {
    expect(describeGovernanceQuery({ band: 0, slo: "at-risk" })).toBe("Products score 0–9, SLO at risk");
    expect(describeGovernanceQuery({ band: 9 })).toBe("Products score 90–100");
    expect(describeGovernanceQuery({})).toBe("All products");
  });

  it("keeps the dashboard filter in every link", () => {
    expect(governanceHref("/governance/products", { domain: "customer" }, { slo: "breached", page: undefined })).toBe("/governance/products?domain=customer&slo=breached");
    expect(governanceHref("/governance", {})).toBe("/governance");
  });
});
