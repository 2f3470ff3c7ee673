import { apiHandler } from "@/lib/api/handler";
import { batchResponse, readSpecBatchBody } from "@/lib/api/spec-batch";
import { applySpecBatch } from "@/lib/catalog/apply-spec-batch";
import { prisma } from "@/lib/db/prisma";

/** Creates or updates up to 500 products in one request; each spec succeeds or fails on its own. */
export const POST = apiHandler(async ({ request, requireCaller }) => {
  const caller = requireCaller();
  return Response.json(batchResponse(await applySpecBatch(prisma, caller, await readSpecBatchBody(request))));
});
