import { apiHandler } from "@/lib/api/handler";
import { getGovernanceSummary } from "@/lib/catalog/governance-summary";
import { prisma } from "@/lib/db/prisma";

/** GET ?domain=&team= — the governance dashboard's figures as JSON. */
export const GET = apiHandler(async ({ request, requireCaller }) => {
  requireCaller();
  const params = new URL(request.url).searchParams;
  const summary = await getGovernanceSummary(prisma, { domain: params.get("domain") || undefined, team: params.get("team") || undefined });
  return Response.json(summary);
});
