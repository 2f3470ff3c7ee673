import { CLASSIFICATIONS } from "../../spec/enums";
import { definePolicy } from "../define-policy";
import { text } from "../spec-reader";

export const classificationSet = definePolicy(
  {
    id: "SEC-001",
    severity: "error",
    category: "security",
    title: "A classification is set",
    rationale: "Access rules, masking and audit all key off the classification; an unclassified product cannot be protected correctly.",
    remediation: `Set spec.access.classification to one of ${CLASSIFICATIONS.join(", ")}.`,
  },
  (spec) => {
    const value = text(spec.spec?.access?.classification);
    if (value && (CLASSIFICATIONS as readonly string[]).includes(value)) return [];
    return [
      {
        path: "spec.access.classification",
        message: value ? `Classification "${value}" is not one of ${CLASSIFICATIONS.join(", ")}.` : "The product has no classification.",
      },
    ];
  },
);

export const retentionSet = definePolicy(
  {
    id: "SEC-002",
    severity: "error",
    category: "security",
    title: "A retention period is set",
    rationale: "Regulation (GDPR storage limitation, financial record keeping) requires knowing how long data is kept and when it is deleted.",
    remediation: "Set spec.access.retention to how long data is kept, e.g. 7 years or 90 days.",
  },
  (spec) => (text(spec.spec?.access?.retention) ? [] : [{ path: "spec.access.retention", message: "The product sets no retention period." }]),
);

export const securityPolicies = [classificationSet, retentionSet];
