import { after } from "next/server";
import { apiHandler } from "@/lib/api/handler";
import { NotFoundError } from "@/lib/catalog/errors";
import { getRecomputeJobOrThrow, recoverStaleRecomputeJobs } from "@/lib/catalog/recompute-jobs";
import { prisma } from "@/lib/db/prisma";

/**
 * GET — a recompute job's status and progress (done of total products), for polling. Polling a job
 * whose runner died (a restart mid-recompute) resumes it after the response.
 */
export const GET = apiHandler<{ id: string }>(async ({ params, requireCaller }) => {
  requireCaller();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id < 1) throw new NotFoundError(`No recompute job ${params.id}`);
  const job = await getRecomputeJobOrThrow(prisma, id);
  if (job.stalled) after(() => recoverStaleRecomputeJobs(prisma));
  return Response.json(job, { headers: { "Cache-Control": "no-store" } });
});
