import type { GovernanceContext, GovernedSpec, Policy, PolicyDoc, Violation } from "./types";

/** What a check reports; the policy fills in its id and severity, and its generic remediation when none is given. */
export interface Finding {
  path: string;
  message: string;
  remediation?: string;
}

export function definePolicy(doc: PolicyDoc, check: (spec: GovernedSpec, context: GovernanceContext) => Finding[]): Policy {
  return {
    ...doc,
    check(spec, context) {
      return check(spec ?? {}, context ?? {}).map(
        (finding): Violation => ({
          policyId: doc.id,
          severity: doc.severity,
          path: finding.path,
          message: finding.message,
          remediation: finding.remediation ?? doc.remediation,
        }),
      );
    },
  };
}
