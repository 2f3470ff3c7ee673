import { describe, expect, it } from "vitest";
import { cleanSpec } from "../test-support/customer-360";
import { fieldsDescribed, schemaDeclared, snakeCaseFields, toSnakeCase } from "./schema-policies";

describe("SCHEMA-001 schema declares a type and fields", () => {
  it("passes on a schema with a type and fields", () => {
    expect(schemaDeclared.check(cleanSpec(), {})).toEqual([]);
  });

  it("reports a missing type and missing fields separately", () => {
    const spec = cleanSpec();
    spec.spec.schema = { fields: [] };
    const violations = schemaDeclared.check(spec, {});
    expect(violations.map((v) => v.path)).toEqual(["spec.schema.type", "spec.schema.fields"]);
    expect(violations.every((v) => v.severity === "error" && v.policyId === "SCHEMA-001")).toBe(true);
  });

  it("reports a draft with no schema at all", () => {
    expect(schemaDeclared.check({}, {})).toHaveLength(2);
  });
});

describe("SCHEMA-002 every field has a description", () => {
  it("passes when all fields are described", () => {
    expect(fieldsDescribed.check(cleanSpec(), {})).toEqual([]);
  });

  it("names the undescribed field and points at it", () => {
    const spec = cleanSpec();
    spec.spec.schema!.fields[1].description = "  ";
    expect(fieldsDescribed.check(spec, {})).toEqual([
      expect.objectContaining({ policyId: "SCHEMA-002", severity: "warning", path: "spec.schema.fields[1].description", message: 'Field "email" has no description.' }),
    ]);
  });
});

describe("SCHEMA-003 field names are snake_case", () => {
  it("passes on snake_case names", () => {
    expect(snakeCaseFields.check(cleanSpec(), {})).toEqual([]);
  });

  it("suggests the snake_case spelling", () => {
    const spec = cleanSpec();
    spec.spec.schema!.fields[0].name = "customerID";
    const [violation] = snakeCaseFields.check(spec, {});
    expect(violation).toMatchObject({ path: "spec.schema.fields[0].name", severity: "warning" });
    expect(violation.remediation).toContain('"customer_id"');
  });

  it("converts common spellings", () => {
    expect(toSnakeCase("customerId")).toBe("customer_id");
    expect(toSnakeCase("HTTPStatus")).toBe("http_status");
    expect(toSnakeCase("_Order__Date_")).toBe("order_date");
  });
});
