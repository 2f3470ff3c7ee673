import { apiHandler } from "@/lib/api/handler";
import { NotFoundError } from "@/lib/catalog/errors";
import { getRecomputeJobOrThrow } from "@/lib/catalog/recompute-jobs";
import { prisma } from "@/lib/db/prisma";

/** GET — a recompute job's status and progress (done of total products), for polling. */
export const GET = apiHandler<{ id: string }>(async ({ params, requireCaller }) => {
  requireCaller();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id < 1) throw new NotFoundError(`No recompute job ${params.id}`);
  return Response.json(await getRecomputeJobOrThrow(prisma, id), { headers: { "Cache-Control": "no-store" } });
});
