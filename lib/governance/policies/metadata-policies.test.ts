import { describe, expect, it } from "vitest";
import { cleanSpec } from "../test-support/customer-360";
import type { GovernedSpec } from "../types";
import { deprecationExplained, semanticVersion } from "./metadata-policies";

describe("META-001 the version is semver", () => {
  it("passes on 2.1.0 and pre-releases", () => {
    const spec = cleanSpec();
    expect(semanticVersion.check(spec, {})).toEqual([]);
    spec.metadata.version = "3.0.0-rc.1";
    expect(semanticVersion.check(spec, {})).toEqual([]);
  });

  it("fails on a non-semver or missing version", () => {
    const spec = cleanSpec();
    spec.metadata.version = "v2.1";
    expect(semanticVersion.check(spec, {})).toEqual([expect.objectContaining({ severity: "error", path: "metadata.version", message: expect.stringContaining('"v2.1"') })]);
    expect(semanticVersion.check({ metadata: { version: 2 } } as unknown as GovernedSpec, {})[0].message).toBe("The product has no version.");
  });
});

describe("META-002 a deprecated product explains its deprecation", () => {
  it("passes with a full notice, and does not apply to active products", () => {
    const spec = cleanSpec();
    spec.metadata.status = "deprecated";
    spec.metadata.deprecation = { sunsetDate: "2027-03-31", message: "Move to customer/customer-360-v3." };
    expect(deprecationExplained.check(spec, {})).toEqual([]);
    expect(deprecationExplained.check(cleanSpec(), {})).toEqual([]);
  });

  it("fails without a notice or with an incomplete one", () => {
    const spec = cleanSpec();
    spec.metadata.status = "deprecated";
    expect(deprecationExplained.check(spec, {})).toEqual([expect.objectContaining({ severity: "warning", path: "metadata.deprecation" })]);
    const draft: GovernedSpec = { metadata: { status: "deprecated", deprecation: { message: "Use v3" } } };
    expect(deprecationExplained.check(draft, {}).map((v) => v.path)).toEqual(["metadata.deprecation.sunsetDate"]);
  });
});
