import type { LifecycleStatus } from "../spec/enums";
import type { DataProductSpec } from "../spec/schema";

export type Severity = "error" | "warning";

export const POLICY_CATEGORIES = [
  "schema",
  "privacy",
  "slo",
  "security",
  "documentation",
  "quality",
  "ports",
  "lineage",
  "metadata",
] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

/**
 * Every part optional and nullable, recursively: the live form preview and YAML drafts
 * (where `description:` with no value parses as null) are evaluated before they validate.
 */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? (DeepPartial<U> | null | undefined)[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

/** What policies read: a spec that may be half-written. A valid `DataProductSpec` is assignable to it. */
export type GovernedSpec = DeepPartial<DataProductSpec>;

export interface UpstreamProductState {
  /** `domain/name`, or a bare `name` in the evaluated product's own domain. */
  ref: string;
  status: LifecycleStatus;
  /** The upstream's own freshness SLO, in minutes, when it declares one. */
  freshnessMinutes?: number;
}

/** Facts that live outside the spec; every key is optional so the form preview can pass nothing. */
export interface GovernanceContext {
  upstream?: UpstreamProductState[];
  /**
   * The status the change moves the product to, e.g. `active` when publishing.
   * Status-dependent policies read it before `metadata.status`, so a draft is judged
   * against the rules of the state it is about to enter.
   */
  targetStatus?: LifecycleStatus;
}

export interface Violation {
  policyId: string;
  severity: Severity;
  /** Dotted path into the spec, e.g. `spec.schema.fields[2].description`, so the UI can point at the field. */
  path: string;
  message: string;
  remediation: string;
}

export interface PolicyDoc {
  id: string;
  severity: Severity;
  title: string;
  rationale: string;
  remediation: string;
  category: PolicyCategory;
}

export interface Policy extends PolicyDoc {
  /** Pure and total: must never throw, whatever shape the draft has. */
  check(spec: GovernedSpec, context: GovernanceContext): Violation[];
}
