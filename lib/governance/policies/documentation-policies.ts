import { definePolicy, type Finding } from "../define-policy";
import { isRecord, text } from "../spec-reader";

export const describedAndOwned = definePolicy(
  {
    id: "DOC-001",
    severity: "error",
    category: "documentation",
    title: "The product has a description and an owner with a contact",
    rationale: "A consumer must be able to learn what the product is and whom to ask; a product nobody can reach is not a data product.",
    remediation: "Write spec.description, and give metadata.owner a team and a contact: owner.email or owner.slack.",
  },
  (spec) => {
    const findings: Finding[] = [];
    if (!text(spec.spec?.description)) {
      findings.push({
        path: "spec.description",
        message: "The product has no description.",
        remediation: "Write spec.description: what the product contains, its grain, and what it is for.",
      });
    }
    const owner = spec.metadata?.owner;
    if (!isRecord(owner) || !text(owner.team)) {
      findings.push({
        path: "metadata.owner.team",
        message: "The product names no owning team.",
        remediation: "Set metadata.owner.team to the slug of the team accountable for the product.",
      });
    }
    if (!isRecord(owner) || (!text(owner.email) && !text(owner.slack))) {
      findings.push({
        path: "metadata.owner.email",
        message: "The owner has no contact: neither owner.email nor owner.slack is set.",
        remediation: "Set metadata.owner.email to the team mailbox, or metadata.owner.slack to its support channel, e.g. #orders-data.",
      });
    }
    return findings;
  },
);

export const MIN_DESCRIPTION_LENGTH = 100;

export const descriptionSubstantial = definePolicy(
  {
    id: "DOC-002",
    severity: "warning",
    category: "documentation",
    title: `The description has at least ${MIN_DESCRIPTION_LENGTH} characters`,
    rationale: "One line rarely tells a consumer the grain, the sources and the caveats they need before trusting the data.",
    remediation: "Expand spec.description to a few sentences: what one record is, where the data comes from, known limits.",
  },
  (spec) => {
    // A missing description is DOC-001's error; reporting it here too would charge twice for one gap.
    const description = text(spec.spec?.description);
    if (!description || description.length >= MIN_DESCRIPTION_LENGTH) return [];
    return [
      {
        path: "spec.description",
        message: `The description has ${description.length} characters; at least ${MIN_DESCRIPTION_LENGTH} are expected.`,
      },
    ];
  },
);

export const supportChannel = definePolicy(
  {
    id: "DOC-003",
    severity: "warning",
    category: "documentation",
    title: "A support chat channel exists",
    rationale: "Consumers with a quick question or an incident need a channel where the owning team answers, not only a mailbox.",
    remediation: "Set metadata.owner.slack to the team's support channel, e.g. #customer-data-support.",
  },
  (spec) => (text(spec.metadata?.owner?.slack) ? [] : [{ path: "metadata.owner.slack", message: "The owner names no support chat channel." }]),
);

export const documentationPolicies = [describedAndOwned, descriptionSubstantial, supportChannel];
