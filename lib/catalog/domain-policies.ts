import "server-only";
import { domainPolicyFromRule } from "@/lib/governance/domain-rules";
import type { Policy } from "@/lib/governance/types";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The enabled policies a domain adds on top of the global set, as evaluable policies. */
export async function loadDomainPolicies(tx: Prisma.TransactionClient, domainId: number): Promise<Policy[]> {
  return toPolicies(await tx.domainPolicy.findMany({ where: { domainId, enabled: true }, orderBy: { code: "asc" } }));
}

/** The same by domain slug, in one query; none for a domain that does not exist. */
export async function loadDomainPoliciesBySlug(tx: Prisma.TransactionClient, slug: string): Promise<Policy[]> {
  return toPolicies(await tx.domainPolicy.findMany({ where: { domain: { slug }, enabled: true }, orderBy: { code: "asc" } }));
}

function toPolicies(rows: Prisma.DomainPolicyGetPayload<object>[]): Policy[] {
  return rows.map((row) =>
    domainPolicyFromRule({
      id: row.code,
      ruleType: row.ruleType,
      params: row.params,
      severity: row.severity === "ERROR" ? "error" : "warning",
      description: row.description ?? undefined,
    } as Parameters<typeof domainPolicyFromRule>[0]),
  );
}
