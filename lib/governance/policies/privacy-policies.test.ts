import { describe, expect, it } from "vitest";
import { cleanSpec } from "../test-support/customer-360";
import { noPiiInPublicProducts, piiColumnsConsistent, piiDeclared, piiMasked } from "./privacy-policies";

describe("PRIVACY-001 every field says whether it is PII", () => {
  it("passes when every field has an explicit pii flag", () => {
    expect(piiDeclared.check(cleanSpec(), {})).toEqual([]);
  });

  it("treats a missing flag as unknown, not as false", () => {
    const spec = cleanSpec();
    delete spec.spec.schema!.fields[0].pii;
    expect(piiDeclared.check(spec, {})).toEqual([
      expect.objectContaining({ policyId: "PRIVACY-001", severity: "error", path: "spec.schema.fields[0].pii", message: expect.stringContaining('"customer_id"') }),
    ]);
  });
});

describe("PRIVACY-002 PII is masked in confidential and restricted products", () => {
  it("passes when PII is listed and a masking policy is set", () => {
    expect(piiMasked.check(cleanSpec(), {})).toEqual([]);
  });

  it("requires a masking policy", () => {
    const spec = cleanSpec();
    spec.spec.access!.privacy = { pii_columns: ["email"] };
    expect(piiMasked.check(spec, {})).toEqual([expect.objectContaining({ path: "spec.access.privacy.masking_policy", severity: "error" })]);
  });

  it("requires every PII field in pii_columns", () => {
    const spec = cleanSpec();
    spec.spec.access!.classification = "restricted";
    spec.spec.access!.privacy!.pii_columns = [];
    expect(piiMasked.check(spec, {})).toEqual([expect.objectContaining({ path: "spec.schema.fields[1].pii", message: expect.stringContaining('"email"') })]);
  });

  it("does not apply to internal products", () => {
    const spec = cleanSpec();
    spec.spec.access = { classification: "internal", retention: "1 year" };
    expect(piiMasked.check(spec, {})).toEqual([]);
  });
});

describe("PRIVACY-003 pii_columns exist and are flagged", () => {
  it("passes when pii_columns matches the flagged fields", () => {
    expect(piiColumnsConsistent.check(cleanSpec(), {})).toEqual([]);
  });

  it("reports an unknown column and an unflagged one", () => {
    const spec = cleanSpec();
    spec.spec.access!.privacy!.pii_columns = ["email", "e_mail", "customer_id"];
    expect(piiColumnsConsistent.check(spec, {}).map((v) => [v.path, v.severity])).toEqual([
      ["spec.access.privacy.pii_columns[1]", "warning"],
      ["spec.schema.fields[0].pii", "warning"],
    ]);
  });
});

describe("PRIVACY-004 no PII in public products", () => {
  it("passes for a public product without PII", () => {
    const spec = cleanSpec();
    spec.spec.schema!.fields[1].pii = false;
    spec.spec.access = { classification: "public", retention: "1 year" };
    expect(noPiiInPublicProducts.check(spec, {})).toEqual([]);
  });

  it("fails for a public product with a PII field", () => {
    const spec = cleanSpec();
    spec.spec.access!.classification = "public";
    expect(noPiiInPublicProducts.check(spec, {})).toEqual([
      expect.objectContaining({ path: "spec.access.classification", severity: "error", message: expect.stringContaining("email") }),
    ]);
  });
});
