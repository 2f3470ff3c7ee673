/**
 * Computational governance: pure functions over a (possibly half-written) data product spec.
 * No React, Next or Prisma here, so the web app, the API and the CLI share one engine.
 */
export type {
  DeepPartial,
  GovernanceContext,
  GovernedSpec,
  Policy,
  PolicyCategory,
  PolicyDoc,
  Severity,
  UpstreamProductState,
  Violation,
} from "./types";
export { POLICY_CATEGORIES } from "./types";
export { definePolicy, type Finding } from "./define-policy";
export { GLOBAL_POLICIES, GLOBAL_POLICY_IDS } from "./policies";
export { ERROR_PENALTY, WARNING_PENALTY, countBySeverity, score } from "./score";
export { compareViolations, evaluate, type EvaluationResult } from "./evaluate";
export { policyCatalog } from "./catalog";
export {
  DOMAIN_RULE_TYPES,
  domainRuleParamsSchemas,
  domainRuleSchema,
  type DomainRule,
  type DomainRuleInput,
  type DomainRuleType,
} from "./domain-rule-schema";
export { domainPolicyFromRule } from "./domain-rules";
export { validateDomainRule, weakensGlobalPolicy, type DomainRuleValidation, type RuleProblem } from "./domain-rule-weakening";
