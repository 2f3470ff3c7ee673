import { GLOBAL_POLICIES } from "./policies";
import type { Policy, PolicyDoc } from "./types";

/** Documentation of policies without their code, for the generated /governance/policies page and the API. */
export function policyCatalog(policies: readonly Policy[] = GLOBAL_POLICIES): PolicyDoc[] {
  return policies.map(({ id, severity, title, rationale, remediation, category }) => ({ id, severity, title, rationale, remediation, category }));
}
