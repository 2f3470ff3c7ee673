import { CLASSIFICATIONS, type Classification } from "../spec/enums";
import { formatMinutes, parseSloTarget } from "../spec/slo-target";
import { definePolicy, type Finding } from "./define-policy";
import { domainRuleSchema, type DomainRule } from "./domain-rule-schema";
import { outputPortsOf, qualityTestsOf, stringsOf, text } from "./spec-reader";
import type { GovernedSpec, Policy, PolicyCategory } from "./types";

interface RuleBehaviour {
  title: string;
  category: PolicyCategory;
  remediation: string;
  check: (spec: GovernedSpec) => Finding[];
}

function requiredTags(tags: string[]): RuleBehaviour {
  return {
    title: `Tags ${tags.join(", ")} are set`,
    category: "metadata",
    remediation: `Add the tags ${tags.join(", ")} to metadata.tags.`,
    check(spec) {
      const present = new Set(stringsOf(spec.metadata?.tags).map(({ item }) => item));
      return tags
        .filter((tag) => !present.has(tag))
        .map((tag) => ({ path: "metadata.tags", message: `Tag "${tag}" is missing.`, remediation: `Add "${tag}" to metadata.tags.` }));
    },
  };
}

function minAvailability(percent: number): RuleBehaviour {
  const remediation = `Set spec.slo.availability.target to ${percent}% or more.`;
  return {
    title: `Availability target is at least ${percent}%`,
    category: "slo",
    remediation,
    check(spec) {
      const path = "spec.slo.availability.target";
      const parsed = parseSloTarget(spec.spec?.slo?.availability?.target);
      // Unlike freshness, a missing availability SLO is only a global warning, so the domain's floor reports it too.
      if (!parsed || parsed.unit !== "percent") return [{ path, message: `No availability target as a percentage; the domain requires at least ${percent}%.` }];
      return parsed.value < percent ? [{ path, message: `Availability target ${parsed.value}% is below the domain's floor of ${percent}%.` }] : [];
    },
  };
}

function allowedPortTechnologies(technologies: string[]): RuleBehaviour {
  const allowed = new Set(technologies);
  return {
    title: `Output ports are served on ${technologies.join(", ")}`,
    category: "ports",
    remediation: `Serve output ports on one of ${technologies.join(", ")}.`,
    check(spec) {
      return outputPortsOf(spec).flatMap(({ item, index }) => {
        const type = text(item.type);
        if (!type || allowed.has(type)) return [];
        return [
          {
            path: `spec.outputPorts[${index}].type`,
            message: `Output port "${text(item.name) ?? `#${index + 1}`}" is served on ${type}, which the domain does not allow.`,
            remediation: `Serve "${text(item.name) ?? `port #${index + 1}`}" on one of ${technologies.join(", ")}.`,
          },
        ];
      });
    },
  };
}

function maxFreshness(minutes: number): RuleBehaviour {
  return {
    title: `Freshness target is at most ${formatMinutes(minutes)}`,
    category: "slo",
    remediation: `Set spec.slo.freshness.target to ${formatMinutes(minutes)} or less.`,
    check(spec) {
      const parsed = parseSloTarget(spec.spec?.slo?.freshness?.target);
      // A missing or unreadable freshness target is SLO-002's error; repeating it here would charge twice.
      if (!parsed || parsed.unit !== "minutes" || parsed.value <= minutes) return [];
      return [
        {
          path: "spec.slo.freshness.target",
          message: `Freshness target ${formatMinutes(parsed.value)} is looser than the domain's maximum of ${formatMinutes(minutes)}.`,
        },
      ];
    },
  };
}

function requiredQualityTests(types: string[]): RuleBehaviour {
  return {
    title: `Quality tests include ${types.join(", ")}`,
    category: "quality",
    remediation: `Add quality tests of type ${types.join(", ")} to spec.quality.tests.`,
    check(spec) {
      const present = new Set(qualityTestsOf(spec).map(({ item }) => text(item.type)));
      return types
        .filter((type) => !present.has(type))
        .map((type) => ({
          path: "spec.quality.tests",
          message: `No ${type} quality test is defined; the domain requires one.`,
          remediation: `Add a test with type: ${type} to spec.quality.tests.`,
        }));
    },
  };
}

function requiredClassification(atLeast: Classification): RuleBehaviour {
  const floor = CLASSIFICATIONS.indexOf(atLeast);
  const allowed = CLASSIFICATIONS.slice(floor);
  return {
    title: `Classification is at least ${atLeast}`,
    category: "security",
    remediation: `Set spec.access.classification to ${allowed.join(" or ")}.`,
    check(spec) {
      const value = text(spec.spec?.access?.classification);
      const rank = CLASSIFICATIONS.findIndex((classification) => classification === value);
      // A missing or unknown classification is SEC-001's error; repeating it here would charge twice.
      if (rank < 0 || rank >= floor) return [];
      return [{ path: "spec.access.classification", message: `Classification ${value} is below the domain's minimum of ${atLeast}.` }];
    },
  };
}

function behaviourOf(rule: DomainRule): RuleBehaviour {
  switch (rule.ruleType) {
    case "required-tags":
      return requiredTags(rule.params.tags);
    case "min-availability":
      return minAvailability(rule.params.percent);
    case "allowed-port-technologies":
      return allowedPortTechnologies(rule.params.technologies);
    case "max-freshness":
      return maxFreshness(rule.params.minutes);
    case "required-quality-tests":
      return requiredQualityTests(rule.params.types);
    case "required-classification":
      return requiredClassification(rule.params.atLeast);
  }
}

/**
 * Turns a domain rule into a policy that evaluate() runs after the global set.
 * Rules usually come back from the database as JSON, so they are re-parsed here: a malformed row
 * fails loudly with the rule's id instead of as an obscure TypeError inside a product save.
 */
export function domainPolicyFromRule(input: DomainRule): Policy {
  const parsed = domainRuleSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "rule"}: ${issue.message}`).join("; ");
    throw new Error(`Domain rule ${String(input?.id)} is invalid: ${problems}`);
  }
  const rule = parsed.data;
  const { check, ...doc } = behaviourOf(rule);
  const rationale = rule.description ?? `Added by the domain on top of the global policies: ${doc.title.toLowerCase()}.`;
  return definePolicy({ ...doc, id: rule.id, severity: rule.severity, rationale }, check);
}
