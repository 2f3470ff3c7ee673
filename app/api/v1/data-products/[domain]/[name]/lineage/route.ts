import { apiHandler } from "@/lib/api/handler";
import { prisma } from "@/lib/db/prisma";
import { getLineageGraph } from "@/lib/lineage/graph";
import { lineageQuerySchema, parseQuery } from "@/lib/lineage/params";

/** GET ?direction=upstream|downstream|both&depth=N → nodes, edges, truncated, cycles. */
export const GET = apiHandler<{ domain: string; name: string }>(async ({ request, params, requireCaller }) => {
  requireCaller();
  const query = parseQuery(lineageQuerySchema, request.url);
  return Response.json(await getLineageGraph(prisma, params.domain, params.name, query));
});
