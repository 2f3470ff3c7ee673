import { apiHandler } from "@/lib/api/handler";
import { getProductGovernanceOrThrow } from "@/lib/catalog/governance-product";
import { prisma } from "@/lib/db/prisma";

/** GET — the product's score, violations with remediations, and SLO compliance over 30 days. */
export const GET = apiHandler<{ domain: string; name: string }>(async ({ params, requireCaller }) => {
  requireCaller();
  return Response.json(await getProductGovernanceOrThrow(prisma, params));
});
