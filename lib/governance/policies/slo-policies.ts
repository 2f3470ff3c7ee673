import { formatMinutes, parseSloTarget } from "../../spec/slo-target";
import { definePolicy } from "../define-policy";
import { resolvedUpstreams } from "../spec-reader";

/** Shared with the domain-rule check, which refuses a domain floor below it. */
export const GLOBAL_MIN_AVAILABILITY_PERCENT = 99;

export const availabilityFloor = definePolicy(
  {
    id: "SLO-001",
    severity: "warning",
    category: "slo",
    title: `Availability target is at least ${GLOBAL_MIN_AVAILABILITY_PERCENT}%`,
    rationale: "Consumers schedule their own pipelines on top of this product; below 99% they face more than seven hours of outage a month.",
    remediation: `Set spec.slo.availability.target to ${GLOBAL_MIN_AVAILABILITY_PERCENT}% or more, e.g. 99.9%, and say how it is measured.`,
  },
  (spec) => {
    const target = spec.spec?.slo?.availability?.target;
    const path = "spec.slo.availability.target";
    if (target === undefined || target === null || target === "") {
      return [{ path, message: "No availability SLO is defined." }];
    }
    const parsed = parseSloTarget(target);
    if (!parsed || parsed.unit !== "percent") {
      return [{ path, message: `Availability target "${String(target)}" is not a percentage.`, remediation: "Write the availability target as a percentage, e.g. 99.9%." }];
    }
    if (parsed.value < GLOBAL_MIN_AVAILABILITY_PERCENT) {
      return [{ path, message: `Availability target ${parsed.value}% is below the global floor of ${GLOBAL_MIN_AVAILABILITY_PERCENT}%.` }];
    }
    return [];
  },
);

export const freshnessDefined = definePolicy(
  {
    id: "SLO-002",
    severity: "error",
    category: "slo",
    title: "A freshness SLO is defined",
    rationale: "How old the newest data may be is the first question a consumer asks; without a target nobody can tell a late load from a normal one.",
    remediation: "Set spec.slo.freshness.target to a duration such as 1 hour, and spec.slo.freshness.measurement to how it is measured.",
  },
  (spec) => {
    const target = spec.spec?.slo?.freshness?.target;
    const path = "spec.slo.freshness.target";
    if (target === undefined || target === null || target === "") {
      return [{ path, message: "No freshness SLO is defined." }];
    }
    const parsed = parseSloTarget(target);
    if (!parsed || parsed.unit !== "minutes") {
      return [{ path, message: `Freshness target "${String(target)}" is not a duration.`, remediation: "Write the freshness target as a duration, e.g. 30 minutes, 1 hour or 1 day." }];
    }
    return [];
  },
);

export const freshnessAchievable = definePolicy(
  {
    id: "SLO-003",
    severity: "warning",
    category: "slo",
    title: "Freshness SLO is not tighter than the inputs' freshness",
    rationale: "A product cannot be fresher than the data it reads; a promise its inputs cannot keep will be broken on every slow upstream load.",
    remediation: "Relax spec.slo.freshness.target to at least the slowest upstream freshness, or ask the upstream owner for a tighter SLO.",
  },
  (spec, context) => {
    const own = parseSloTarget(spec.spec?.slo?.freshness?.target);
    if (!own || own.unit !== "minutes") return [];
    return resolvedUpstreams(spec, context).flatMap(({ ref, state }) => {
      const upstream = state.freshnessMinutes;
      if (typeof upstream !== "number" || !(upstream > own.value)) return [];
      return [
        {
          path: "spec.slo.freshness.target",
          message: `Freshness target ${formatMinutes(own.value)} is tighter than upstream "${ref}", which only promises ${formatMinutes(upstream)}.`,
          remediation: `Set spec.slo.freshness.target to ${formatMinutes(upstream)} or more, or agree a tighter freshness SLO with the owner of "${ref}".`,
        },
      ];
    });
  },
);

export const sloPolicies = [availabilityFloor, freshnessDefined, freshnessAchievable];
