import type { Policy } from "../types";
import { documentationPolicies } from "./documentation-policies";
import { lineagePolicies } from "./lineage-policies";
import { metadataPolicies } from "./metadata-policies";
import { portPolicies } from "./port-policies";
import { privacyPolicies } from "./privacy-policies";
import { qualityPolicies } from "./quality-policies";
import { schemaPolicies } from "./schema-policies";
import { securityPolicies } from "./security-policies";
import { sloPolicies } from "./slo-policies";

/** The global set every product is checked against; domain policies only add to it. */
export const GLOBAL_POLICIES: readonly Policy[] = [
  ...metadataPolicies,
  ...documentationPolicies,
  ...schemaPolicies,
  ...privacyPolicies,
  ...securityPolicies,
  ...sloPolicies,
  ...qualityPolicies,
  ...portPolicies,
  ...lineagePolicies,
];

export const GLOBAL_POLICY_IDS: ReadonlySet<string> = new Set(GLOBAL_POLICIES.map((policy) => policy.id));
