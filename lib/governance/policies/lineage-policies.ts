import type { LifecycleStatus } from "../../spec/enums";
import { definePolicy } from "../define-policy";
import { effectiveStatus, resolvedUpstreams } from "../spec-reader";
import type { GovernanceContext, GovernedSpec } from "../types";

/** Upstreams in the given status, for an active product only: drafts may still be rewiring their inputs. */
function activeReadingFrom(spec: GovernedSpec, context: GovernanceContext, status: LifecycleStatus) {
  if (effectiveStatus(spec, context) !== "active") return [];
  return resolvedUpstreams(spec, context).filter(({ state }) => state.status === status);
}

export const noRetiredUpstream = definePolicy(
  {
    id: "LINEAGE-001",
    severity: "error",
    category: "lineage",
    title: "No active product reads from a retired product",
    rationale: "A retired product is no longer loaded; everything built on it is silently stale or broken.",
    remediation: "Switch the input to the retired product's replacement, or retire this product too.",
  },
  (spec, context) =>
    activeReadingFrom(spec, context, "retired").map(({ ref, path }) => ({
      path,
      message: `Upstream "${ref}" is retired, but this active product still reads from it.`,
      remediation: `Replace "${ref}" with its successor (see its deprecation notice), or remove the dependency.`,
    })),
);

export const noDeprecatedUpstream = definePolicy(
  {
    id: "LINEAGE-002",
    severity: "warning",
    category: "lineage",
    title: "No active product reads from a deprecated product",
    rationale: "A deprecated product has a sunset date; dependants that do not migrate break on that day.",
    remediation: "Plan the move to the deprecated product's replacement before its sunset date.",
  },
  (spec, context) =>
    activeReadingFrom(spec, context, "deprecated").map(({ ref, path }) => ({
      path,
      message: `Upstream "${ref}" is deprecated and will be retired.`,
      remediation: `Migrate from "${ref}" to its replacement before its sunset date.`,
    })),
);

export const lineagePolicies = [noRetiredUpstream, noDeprecatedUpstream];
