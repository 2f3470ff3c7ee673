/**
 * Governance results derived from what was actually generated, so a product's rows, its
 * errorCount/warningCount and its score agree, as they would after a real evaluation.
 * A subset of the global policies is modelled; lineage policies (LINEAGE-*) are not, because
 * whether they fire depends on upstream statuses that change after the evaluation.
 */
export interface GeneratedFacts {
  description: string | null;
  classification: string | null;
  retention: string | null;
  chatChannel: string | null;
  status: string;
  sunsetDate: string | null;
  fields: readonly { name: string; description: string | null; pii: boolean | null; required: boolean }[];
  hasFreshnessSlo: boolean;
  availabilityPercent: number | null;
  qualityCheckCount: number;
}

export interface Violation {
  policyId: string;
  severity: "ERROR" | "WARNING";
  path: string;
  message: string;
  remediation: string;
}

export function evaluate(facts: GeneratedFacts): Violation[] {
  const found: Violation[] = [];
  const error = (policyId: string, path: string, message: string, remediation: string) => found.push({ policyId, severity: "ERROR", path, message, remediation });
  const warning = (policyId: string, path: string, message: string, remediation: string) => found.push({ policyId, severity: "WARNING", path, message, remediation });

  if (!facts.description) error("DOC-001", "spec.description", "The product has no description.", "Write spec.description: what the product contains, its grain, and what it is for.");
  else if (facts.description.length < 100) warning("DOC-002", "spec.description", `The description has ${facts.description.length} characters; at least 100 are expected.`, "Expand spec.description to a few sentences: what one record is, where the data comes from, known limits.");
  if (!facts.chatChannel) warning("DOC-003", "metadata.owner.slack", "No support chat channel is given.", "Set metadata.owner.slack to the team's support channel, e.g. #customer-data-support.");
  if (!facts.classification) error("SEC-001", "spec.access.classification", "No classification is set.", "Set spec.access.classification to public, internal, confidential or restricted.");
  if (!facts.retention) error("SEC-002", "spec.access.retention", "No retention period is set.", "Set spec.access.retention, e.g. 7 years.");
  if (!facts.hasFreshnessSlo) error("SLO-002", "spec.slo.freshness", "No freshness SLO is defined.", "Set spec.slo.freshness.target, e.g. 1 hour, and how it is measured.");
  if (facts.availabilityPercent === null) warning("SLO-001", "spec.slo.availability.target", "No availability SLO is defined.", "Set spec.slo.availability.target to 99% or more, e.g. 99.9%, and say how it is measured.");
  else if (facts.availabilityPercent < 99) warning("SLO-001", "spec.slo.availability.target", `Availability target ${facts.availabilityPercent}% is below the global floor of 99%.`, "Set spec.slo.availability.target to 99% or more, e.g. 99.9%, and say how it is measured.");
  if (facts.status === "DEPRECATED" && !facts.sunsetDate) warning("META-002", "metadata.deprecation", "The product is deprecated without a sunset date.", "Fill metadata.deprecation with a sunsetDate, a message for consumers and, if there is one, the replacement product.");
  facts.fields.forEach((field, index) => {
    if (field.pii === null) error("PRIVACY-001", `spec.schema.fields[${index}].pii`, `Field "${field.name}" does not say whether it is PII.`, `Set pii: true on "${field.name}" if it can identify a person, otherwise pii: false.`);
    if (!field.description) warning("SCHEMA-002", `spec.schema.fields[${index}].description`, `Field "${field.name}" has no description.`, `Describe "${field.name}": what it means, its unit, and where it comes from.`);
  });
  if (facts.qualityCheckCount === 0) {
    warning("QUALITY-002", "spec.quality.tests", "No quality test is defined.", "Add at least one test under spec.quality.tests, e.g. uniqueness of the key column.");
    facts.fields.forEach((field, index) => {
      if (field.required) warning("QUALITY-001", `spec.schema.fields[${index}]`, `Required column "${field.name}" has no not-null test.`, `Add { type: not_null, columns: [${field.name}] } under spec.quality.tests.`);
    });
  }
  return found;
}

export function scoreOf(violations: readonly Violation[]): { score: number; errors: number; warnings: number } {
  const errors = violations.filter((violation) => violation.severity === "ERROR").length;
  const warnings = violations.length - errors;
  return { score: Math.max(0, 100 - 10 * errors - 2 * warnings), errors, warnings };
}
