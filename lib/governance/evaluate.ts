import { GLOBAL_POLICIES } from "./policies";
import { countBySeverity, score } from "./score";
import { withEvaluationScope } from "./spec-reader";
import type { GovernanceContext, GovernedSpec, Policy, Violation } from "./types";

export interface EvaluationResult {
  score: number;
  errors: number;
  warnings: number;
  /** Errors first, then by policy id; within a policy, in the order the spec lists the fields. */
  violations: Violation[];
  /** A product with any error cannot move to `active`. */
  canPublish: boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;
/** The same order as localeCompare(…, "en", { numeric: true }), built once: localeCompare with options builds a collator per call, which dominated a full recompute. */
const POLICY_ID_ORDER = new Intl.Collator("en", { numeric: true });

export function compareViolations(a: Violation, b: Violation): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || POLICY_ID_ORDER.compare(a.policyId, b.policyId);
}

/**
 * Runs the global policies plus any extra (domain) policies. Extra policies are appended, never
 * substituted, so a domain cannot switch a global policy off.
 */
export function evaluate(
  spec: GovernedSpec,
  context: GovernanceContext = {},
  extraPolicies: readonly Policy[] = [],
): EvaluationResult {
  const draft = spec ?? {};
  const violations = withEvaluationScope(draft, context, () => [...GLOBAL_POLICIES, ...extraPolicies].flatMap((policy) => policy.check(draft, context))).sort(
    compareViolations,
  );
  const { errors, warnings } = countBySeverity(violations);
  return { score: score(violations), errors, warnings, violations, canPublish: errors === 0 };
}
