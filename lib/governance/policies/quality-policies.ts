import { definePolicy } from "../define-policy";
import { fieldNames, fieldsOf, qualityTestsOf, testedColumns, text } from "../spec-reader";

export const requiredColumnsNotNull = definePolicy(
  {
    id: "QUALITY-001",
    severity: "warning",
    category: "quality",
    title: "Every required column has a not-null test",
    rationale: "`required: true` is a promise to consumers; only a test run on every load shows it is kept.",
    remediation: "Add a not_null test in spec.quality.tests covering every field marked required: true.",
  },
  (spec) => {
    const covered = new Set(
      qualityTestsOf(spec)
        .filter(({ item }) => item.type === "not_null")
        .flatMap(({ item }) => testedColumns(item)),
    );
    return fieldsOf(spec).flatMap(({ item, index }) => {
      const name = text(item.name);
      if (item.required !== true || !name || covered.has(name)) return [];
      return [
        {
          path: `spec.schema.fields[${index}].required`,
          message: `Required field "${name}" has no not_null test.`,
          remediation: `Add "${name}" to a not_null test in spec.quality.tests, e.g. { type: not_null, columns: [${name}] }.`,
        },
      ];
    });
  },
);

export const hasQualityTests = definePolicy(
  {
    id: "QUALITY-002",
    severity: "warning",
    category: "quality",
    title: "At least one quality test is defined",
    rationale: "Trustworthy means checked: without tests, a broken load reaches consumers before anyone notices.",
    remediation: "Add quality tests under spec.quality.tests, e.g. uniqueness of the key and not_null on required columns.",
  },
  (spec) => (qualityTestsOf(spec).length > 0 ? [] : [{ path: "spec.quality.tests", message: "The product defines no quality test." }]),
);

export const testsTargetExistingColumns = definePolicy(
  {
    id: "QUALITY-003",
    severity: "warning",
    category: "quality",
    title: "Quality tests check columns that exist",
    rationale: "A test on a renamed or misspelt column either fails forever or silently checks nothing.",
    remediation: "Point every quality test at a field of spec.schema.fields.",
  },
  (spec) => {
    const names = fieldNames(spec);
    // Without fields every test would be flagged; SCHEMA-001 already reports the empty schema.
    if (names.size === 0) return [];
    return qualityTestsOf(spec).flatMap(({ item, index }) =>
      testedColumns(item)
        .filter((column) => !names.has(column))
        .map((column) => ({
          path: `spec.quality.tests[${index}]`,
          message: `Quality test #${index + 1} (${text(item.type) ?? "untyped"}) checks "${column}", which is not a field of the schema.`,
          remediation: `Fix the column name "${column}" to match a field in spec.schema.fields, or remove it from the test.`,
        })),
    );
  },
);

export const qualityPolicies = [requiredColumnsNotNull, hasQualityTests, testsTargetExistingColumns];
