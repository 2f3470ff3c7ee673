import { apiHandler } from "@/lib/api/handler";
import { listAllDomainPolicies } from "@/lib/catalog/governance-domain-policies";
import { prisma } from "@/lib/db/prisma";
import { policyCatalog } from "@/lib/governance/catalog";

/** GET — every global policy and every domain's own policies, documented. */
export const GET = apiHandler(async ({ requireCaller }) => {
  requireCaller();
  const domainPolicies = await listAllDomainPolicies(prisma);
  return Response.json({ global: policyCatalog(), domains: domainPolicies.map(({ domain, enabled, doc, rule }) => ({ domain: domain.slug, enabled, ...doc, rule })) });
});
