import { SCHEMA_TYPES } from "../../spec/enums";
import { definePolicy, type Finding } from "../define-policy";
import { fieldsOf, text } from "../spec-reader";

export const schemaDeclared = definePolicy(
  {
    id: "SCHEMA-001",
    severity: "error",
    category: "schema",
    title: "The schema declares a type and at least one field",
    rationale: "Consumers build on the contract; without a schema language and fields there is nothing to rely on or to check changes against.",
    remediation: `Set spec.schema.type (one of ${SCHEMA_TYPES.join(", ")}) and list the output's fields under spec.schema.fields.`,
  },
  (spec) => {
    const schema = spec.spec?.schema;
    const findings: Finding[] = [];
    if (!text(schema?.type)) {
      findings.push({
        path: "spec.schema.type",
        message: "The schema does not declare its type.",
        remediation: `Set spec.schema.type to the schema language of the contract: one of ${SCHEMA_TYPES.join(", ")}.`,
      });
    }
    if (fieldsOf(spec).length === 0) {
      findings.push({
        path: "spec.schema.fields",
        message: "The schema lists no fields.",
        remediation: "Add each output column under spec.schema.fields with its name, type, description and pii flag.",
      });
    }
    return findings;
  },
);

export const fieldsDescribed = definePolicy(
  {
    id: "SCHEMA-002",
    severity: "warning",
    category: "schema",
    title: "Every field has a description",
    rationale: "A column name alone rarely says its unit, grain or edge cases; undocumented fields get misread.",
    remediation: "Give every field in spec.schema.fields a description of what it means.",
  },
  (spec) =>
    fieldsOf(spec)
      .filter(({ item }) => !text(item.description))
      .map(({ item, index }) => ({
        path: `spec.schema.fields[${index}].description`,
        message: `Field "${text(item.name) ?? `#${index + 1}`}" has no description.`,
        remediation: `Describe what "${text(item.name) ?? `field #${index + 1}`}" means, in which unit and when it can be empty.`,
      })),
);

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** `customerID` → `customer_id`, `Order-Date` → `order_date`: the suggestion in the remediation. */
export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toLowerCase();
}

export const snakeCaseFields = definePolicy(
  {
    id: "SCHEMA-003",
    severity: "warning",
    category: "schema",
    title: "Field names are snake_case",
    rationale: "One naming convention across the mesh lets consumers join products without quoting or renaming columns.",
    remediation: "Rename fields to lowercase snake_case, e.g. customer_id.",
  },
  (spec) =>
    fieldsOf(spec).flatMap(({ item, index }) => {
      const name = text(item.name);
      if (!name || SNAKE_CASE.test(name)) return [];
      const suggestion = toSnakeCase(name);
      return [
        {
          path: `spec.schema.fields[${index}].name`,
          message: `Field "${name}" is not snake_case.`,
          remediation: suggestion ? `Rename "${name}" to "${suggestion}".` : "Rename the field to lowercase snake_case, e.g. customer_id.",
        },
      ];
    }),
);

export const schemaPolicies = [schemaDeclared, fieldsDescribed, snakeCaseFields];
