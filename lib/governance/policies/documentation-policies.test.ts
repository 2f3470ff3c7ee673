import { describe, expect, it } from "vitest";
import { cleanSpec, customer360 } from "../test-support/customer-360";
import { describedAndOwned, descriptionSubstantial, supportChannel } from "./documentation-policies";

describe("DOC-001 description and an owner with a contact", () => {
  it("passes with a description and either contact", () => {
    const spec = cleanSpec();
    expect(describedAndOwned.check(spec, {})).toEqual([]);
    delete spec.metadata.owner.email;
    expect(describedAndOwned.check(spec, {})).toEqual([]);
  });

  it("reports a missing description and a missing contact", () => {
    const spec = cleanSpec();
    delete spec.spec.description;
    spec.metadata.owner = { team: "customer-domain-team" };
    expect(describedAndOwned.check(spec, {}).map((v) => [v.path, v.severity])).toEqual([
      ["spec.description", "error"],
      ["metadata.owner.email", "error"],
    ]);
  });

  it("reports a draft without any owner", () => {
    expect(describedAndOwned.check({ spec: { description: "x" } }, {}).map((v) => v.path)).toEqual(["metadata.owner.team", "metadata.owner.email"]);
  });
});

describe("DOC-002 the description is substantial", () => {
  it("passes at 100 characters or more", () => {
    expect(descriptionSubstantial.check(cleanSpec(), {})).toEqual([]);
  });

  it("fails on a one-liner, but leaves a missing description to DOC-001", () => {
    expect(descriptionSubstantial.check(customer360(), {})).toEqual([
      expect.objectContaining({ severity: "warning", path: "spec.description", message: expect.stringContaining("76 characters") }),
    ]);
    expect(descriptionSubstantial.check({}, {})).toEqual([]);
  });
});

describe("DOC-003 a support chat channel exists", () => {
  it("passes with a channel", () => {
    expect(supportChannel.check(cleanSpec(), {})).toEqual([]);
  });

  it("fails without one", () => {
    const spec = cleanSpec();
    delete spec.metadata.owner.slack;
    expect(supportChannel.check(spec, {})).toEqual([expect.objectContaining({ policyId: "DOC-003", severity: "warning", path: "metadata.owner.slack" })]);
  });
});
