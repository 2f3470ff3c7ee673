import { metadataSchema } from "../../spec/schema";
import { definePolicy, type Finding } from "../define-policy";
import { effectiveStatus, isRecord, text } from "../spec-reader";

export const semanticVersion = definePolicy(
  {
    id: "META-001",
    severity: "error",
    category: "metadata",
    title: "The version is a valid semantic version",
    rationale: "Consumers read breaking changes from the major version; a version that does not parse hides them.",
    remediation: "Set metadata.version to MAJOR.MINOR.PATCH, e.g. 1.4.0; bump the major version on breaking changes.",
  },
  (spec) => {
    const version = spec.metadata?.version;
    // The spec schema owns the semver pattern; reusing its field keeps one definition.
    if (typeof version === "string" && metadataSchema.shape.version.safeParse(version).success) return [];
    return [
      {
        path: "metadata.version",
        message: text(version) ? `Version "${String(version)}" is not a semantic version.` : "The product has no version.",
      },
    ];
  },
);

export const deprecationExplained = definePolicy(
  {
    id: "META-002",
    severity: "warning",
    category: "metadata",
    title: "A deprecated product gives a sunset date and a migration message",
    rationale: "Consumers can only migrate in time if they know the sunset date and where to go.",
    remediation: "Fill metadata.deprecation with a sunsetDate, a message for consumers and, if there is one, the replacement product.",
  },
  (spec, context) => {
    if (effectiveStatus(spec, context) !== "deprecated") return [];
    const deprecation = spec.metadata?.deprecation;
    if (!isRecord(deprecation)) {
      return [{ path: "metadata.deprecation", message: "The product is deprecated but has no deprecation notice." }];
    }
    const findings: Finding[] = [];
    if (!text(deprecation.sunsetDate)) {
      findings.push({
        path: "metadata.deprecation.sunsetDate",
        message: "The deprecation notice gives no sunset date.",
        remediation: "Set metadata.deprecation.sunsetDate to the day the product is retired, e.g. 2027-03-31.",
      });
    }
    if (!text(deprecation.message)) {
      findings.push({
        path: "metadata.deprecation.message",
        message: "The deprecation notice does not tell consumers what to do.",
        remediation: "Set metadata.deprecation.message, e.g. which product to move to and how.",
      });
    }
    return findings;
  },
);

export const metadataPolicies = [semanticVersion, deprecationExplained];
