import { definePolicy, type Finding } from "../define-policy";
import { fieldsOf, piiColumnNames, stringsOf, text } from "../spec-reader";

export const piiDeclared = definePolicy(
  {
    id: "PRIVACY-001",
    severity: "error",
    category: "privacy",
    title: "Every field says whether it is PII",
    rationale: "Masking, access reviews and deletion requests depend on knowing where personal data is; a missing answer is treated as unknown, not as no.",
    remediation: "Set pii: true or pii: false on every field in spec.schema.fields.",
  },
  (spec) =>
    fieldsOf(spec)
      .filter(({ item }) => typeof item.pii !== "boolean")
      .map(({ item, index }) => ({
        path: `spec.schema.fields[${index}].pii`,
        message: `Field "${text(item.name) ?? `#${index + 1}`}" does not say whether it holds personal data.`,
        remediation: `Set pii: true on "${text(item.name) ?? `field #${index + 1}`}" if it can identify a person (directly or combined with other fields), otherwise pii: false.`,
      })),
);

const MASKED_CLASSIFICATIONS = new Set(["confidential", "restricted"]);

export const piiMasked = definePolicy(
  {
    id: "PRIVACY-002",
    severity: "error",
    category: "privacy",
    title: "PII is masked in confidential and restricted products",
    rationale: "Readers without PII clearance must see masked values; the masking job only protects the columns listed in pii_columns.",
    remediation: "Set spec.access.privacy.masking_policy and list every PII field in spec.access.privacy.pii_columns.",
  },
  (spec) => {
    const classification = text(spec.spec?.access?.classification);
    if (!classification || !MASKED_CLASSIFICATIONS.has(classification)) return [];
    const privacy = spec.spec?.access?.privacy;
    const pii = piiColumnNames(spec);
    if (pii.size === 0) return [];
    const findings: Finding[] = [];
    if (!text(privacy?.masking_policy)) {
      findings.push({
        path: "spec.access.privacy.masking_policy",
        message: `The product is ${classification} and holds PII (${[...pii].join(", ")}) but sets no masking policy.`,
        remediation: "Set spec.access.privacy.masking_policy to the policy that masks PII for non-privileged readers, e.g. hash_pii_for_non_privileged.",
      });
    }
    const listed = new Set(stringsOf(privacy?.pii_columns).map(({ item }) => item));
    for (const { item, index } of fieldsOf(spec)) {
      const name = text(item.name);
      if (item.pii === true && name && !listed.has(name)) {
        findings.push({
          path: `spec.schema.fields[${index}].pii`,
          message: `PII field "${name}" is not listed in spec.access.privacy.pii_columns, so it would not be masked.`,
          remediation: `Add "${name}" to spec.access.privacy.pii_columns.`,
        });
      }
    }
    return findings;
  },
);

export const piiColumnsConsistent = definePolicy(
  {
    id: "PRIVACY-003",
    severity: "warning",
    category: "privacy",
    title: "Every column in pii_columns exists and is flagged PII",
    rationale: "A stale or misspelt pii_columns entry means the column that really holds PII goes unmasked, and the two lists disagree for readers.",
    remediation: "Keep spec.access.privacy.pii_columns in step with the fields flagged pii: true.",
  },
  (spec) => {
    const fields = new Map(fieldsOf(spec).flatMap(({ item, index }) => (text(item.name) ? [[text(item.name) as string, { item, index }] as const] : [])));
    return stringsOf(spec.spec?.access?.privacy?.pii_columns).flatMap(({ item: column, index }) => {
      const field = fields.get(column);
      if (!field) {
        return [
          {
            path: `spec.access.privacy.pii_columns[${index}]`,
            message: `pii_columns lists "${column}", which is not a field of the schema.`,
            remediation: `Fix the spelling of "${column}" to match a field in spec.schema.fields, or remove it.`,
          },
        ];
      }
      if (field.item.pii !== true) {
        return [
          {
            path: `spec.schema.fields[${field.index}].pii`,
            message: `Field "${column}" is listed in pii_columns but not flagged pii: true.`,
            remediation: `Set pii: true on "${column}", or remove it from spec.access.privacy.pii_columns if it holds no personal data.`,
          },
        ];
      }
      return [];
    });
  },
);

export const noPiiInPublicProducts = definePolicy(
  {
    id: "PRIVACY-004",
    severity: "error",
    category: "privacy",
    title: "A product holding PII is not classified public",
    rationale: "Public products can be read by anyone, so personal data in them is a data protection breach.",
    remediation: "Remove the PII fields from the output, or raise spec.access.classification to confidential or restricted.",
  },
  (spec) => {
    if (text(spec.spec?.access?.classification) !== "public") return [];
    const pii = [...piiColumnNames(spec)];
    if (pii.length === 0) return [];
    return [
      {
        path: "spec.access.classification",
        message: `The product is classified public but holds PII: ${pii.join(", ")}.`,
      },
    ];
  },
);

export const privacyPolicies = [piiDeclared, piiMasked, piiColumnsConsistent, noPiiInPublicProducts];
