import { domainRuleSchema, type DomainRule } from "./domain-rule-schema";
import { GLOBAL_POLICY_IDS } from "./policies";
import { GLOBAL_MIN_AVAILABILITY_PERCENT } from "./policies/slo-policies";

export interface RuleProblem {
  /** Path inside the rule, e.g. `params.percent`, so a form can show the reason next to the field. */
  path: string;
  message: string;
}

function weakening(rule: DomainRule): RuleProblem | null {
  if (GLOBAL_POLICY_IDS.has(rule.id)) {
    return { path: "id", message: `${rule.id} is the id of a global policy; a domain rule needs its own id so it cannot stand in for it.` };
  }
  if (rule.ruleType === "min-availability" && rule.params.percent < GLOBAL_MIN_AVAILABILITY_PERCENT) {
    return {
      path: "params.percent",
      message: `Availability floor ${rule.params.percent}% is below the global ${GLOBAL_MIN_AVAILABILITY_PERCENT}% of SLO-001.`,
    };
  }
  // "At least public" only says "classified at all", which is SEC-001; as a warning it tells owners
  // that a missing classification is minor while the global policy blocks publishing on it.
  if (rule.ruleType === "required-classification" && rule.params.atLeast === "public" && rule.severity === "warning") {
    return {
      path: "severity",
      message: "Requiring at least public restates SEC-001, which is a global error; a warning would contradict it.",
    };
  }
  return null;
}

/** Why a rule would weaken the global set, or null when it only adds to it. */
export function weakensGlobalPolicy(rule: DomainRule): string | null {
  return weakening(rule)?.message ?? null;
}

export type DomainRuleValidation = { success: true; rule: DomainRule } | { success: false; errors: RuleProblem[] };

/** One call for the UI and API: field-level schema errors first, then the weakening check. */
export function validateDomainRule(input: unknown): DomainRuleValidation {
  const parsed = domainRuleSchema.safeParse(input);
  if (!parsed.success) {
    return { success: false, errors: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })) };
  }
  const problem = weakening(parsed.data);
  return problem ? { success: false, errors: [problem] } : { success: true, rule: parsed.data };
}
