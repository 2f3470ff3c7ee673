import { z } from "zod";
import { CLASSIFICATIONS, PORT_TECHNOLOGY_NAMES, QUALITY_TEST_TYPES } from "../spec/enums";
import { slug } from "../spec/schema";

/**
 * The rule types a domain can add on top of the global policies. Params are strict objects so
 * a typo in a parameter name is reported on that field instead of silently ignored.
 */
export const domainRuleParamsSchemas = {
  "required-tags": z
    .strictObject({
      tags: z.array(slug).min(1, "Name at least one tag").max(20, "Use at most 20 tags").describe("Tags every product of the domain must carry"),
    })
    .describe("Every product carries these tags"),
  "min-availability": z
    .strictObject({
      percent: z
        .number("Enter a percentage, e.g. 99.5")
        .gt(0, "Use a percentage above 0")
        .max(100, "Use a percentage of at most 100")
        .describe("Lowest availability target allowed, in percent; never below the global 99%"),
    })
    .describe("Availability targets are at least this high"),
  "allowed-port-technologies": z
    .strictObject({
      technologies: z
        .array(z.enum(PORT_TECHNOLOGY_NAMES))
        .min(1, "Allow at least one technology")
        .describe("Technologies output ports may be served on"),
    })
    .describe("Output ports only use these technologies"),
  "max-freshness": z
    .strictObject({
      minutes: z.number("Enter a number of minutes, e.g. 60").positive("Use a positive number of minutes").describe("Loosest freshness target allowed, in minutes"),
    })
    .describe("Freshness targets are at most this long"),
  "required-quality-tests": z
    .strictObject({
      types: z.array(z.enum(QUALITY_TEST_TYPES)).min(1, "Require at least one test type").describe("Quality test types every product must define"),
    })
    .describe("Every product defines quality tests of these types"),
  "required-classification": z
    .strictObject({
      atLeast: z.enum(CLASSIFICATIONS).describe("Lowest classification allowed, in the order public < internal < confidential < restricted"),
    })
    .describe("Products are classified at least this strictly"),
} as const;

export type DomainRuleType = keyof typeof domainRuleParamsSchemas;
export const DOMAIN_RULE_TYPES = Object.keys(domainRuleParamsSchemas) as [DomainRuleType, ...DomainRuleType[]];

const ruleBase = {
  id: z
    .string()
    .regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d{3}$/, "Use an upper-case id ending in a 3-digit number, e.g. SALES-001")
    .describe("Policy id shown next to each violation, e.g. SALES-001"),
  severity: z.enum(["error", "warning"]).describe("error blocks publishing; warning lowers the score by 2"),
  description: z
    .string()
    .trim()
    .min(1, "Say why the domain needs this rule, or leave it out")
    .max(1000)
    .optional()
    .describe("Why the domain wants the rule; shown as its rationale"),
};

function ruleOf<T extends DomainRuleType>(ruleType: T) {
  return z.strictObject({ ...ruleBase, ruleType: z.literal(ruleType), params: domainRuleParamsSchemas[ruleType] });
}

export const domainRuleSchema = z
  .discriminatedUnion("ruleType", [
    ruleOf("required-tags"),
    ruleOf("min-availability"),
    ruleOf("allowed-port-technologies"),
    ruleOf("max-freshness"),
    ruleOf("required-quality-tests"),
    ruleOf("required-classification"),
  ])
  .describe("A policy a domain adds on top of the global set");

export type DomainRule = z.infer<typeof domainRuleSchema>;
export type DomainRuleInput = z.input<typeof domainRuleSchema>;
