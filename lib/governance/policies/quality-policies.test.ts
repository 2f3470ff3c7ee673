import { describe, expect, it } from "vitest";
import { cleanSpec } from "../test-support/customer-360";
import { hasQualityTests, requiredColumnsNotNull, testsTargetExistingColumns } from "./quality-policies";

describe("QUALITY-001 every required column has a not-null test", () => {
  it("passes when columns/column of not_null tests cover the required fields", () => {
    const spec = cleanSpec();
    expect(requiredColumnsNotNull.check(spec, {})).toEqual([]);
    spec.spec.quality!.tests = [
      { type: "not_null", column: "customer_id" },
      { type: "not_null", columns: ["email"] },
    ];
    expect(requiredColumnsNotNull.check(spec, {})).toEqual([]);
  });

  it("does not count other test types", () => {
    const spec = cleanSpec();
    spec.spec.quality!.tests = [{ type: "uniqueness", column: "customer_id" }, { type: "not_null", columns: ["customer_id"] }];
    expect(requiredColumnsNotNull.check(spec, {})).toEqual([
      expect.objectContaining({ severity: "warning", path: "spec.schema.fields[1].required", message: 'Required field "email" has no not_null test.' }),
    ]);
  });
});

describe("QUALITY-002 at least one quality test", () => {
  it("passes with tests", () => {
    expect(hasQualityTests.check(cleanSpec(), {})).toEqual([]);
  });

  it("fails without", () => {
    const spec = cleanSpec();
    spec.spec.quality = { tests: [] };
    expect(hasQualityTests.check(spec, {})).toEqual([expect.objectContaining({ policyId: "QUALITY-002", path: "spec.quality.tests" })]);
  });
});

describe("QUALITY-003 tests check existing columns", () => {
  it("passes when every tested column exists", () => {
    expect(testsTargetExistingColumns.check(cleanSpec(), {})).toEqual([]);
  });

  it("names the unknown column", () => {
    const spec = cleanSpec();
    spec.spec.quality!.tests[1].columns = ["customer_id", "mail"];
    expect(testsTargetExistingColumns.check(spec, {})).toEqual([
      expect.objectContaining({ severity: "warning", path: "spec.quality.tests[1]", message: expect.stringContaining('"mail"') }),
    ]);
  });

  it("stays silent while the schema has no fields", () => {
    const spec = cleanSpec();
    spec.spec.schema!.fields = [];
    expect(testsTargetExistingColumns.check(spec, {})).toEqual([]);
  });
});
