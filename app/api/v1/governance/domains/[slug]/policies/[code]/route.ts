import { after } from "next/server";
import { z } from "zod";
import { apiHandler } from "@/lib/api/handler";
import { readBody } from "@/lib/api/read-body";
import { deleteDomainPolicy, updateDomainPolicy } from "@/lib/catalog/governance-domain-policies";
import { runRecomputeJob } from "@/lib/catalog/recompute-jobs";
import { prisma } from "@/lib/db/prisma";

type Params = { slug: string; code: string };

const updateSchema = z.strictObject({
  rule: z.looseObject({}).optional().describe("The whole rule with the same id; validated like a new one"),
  enabled: z.boolean().optional().describe("Switch the rule off without deleting it"),
});

/** PUT { rule?, enabled? } — replace or switch a rule; the affected products are recomputed in the background. */
export const PUT = apiHandler<Params>(async ({ request, params, requireCaller }) => {
  const caller = requireCaller();
  const body = await readBody(request, updateSchema);
  const result = await updateDomainPolicy(prisma, caller, params.slug, params.code, body);
  after(() => runRecomputeJob(prisma, result.jobId));
  return Response.json({ ...result, job: `/api/v1/governance/jobs/${result.jobId}` });
});

export const DELETE = apiHandler<Params>(async ({ params, requireCaller }) => {
  const result = await deleteDomainPolicy(prisma, requireCaller(), params.slug, params.code);
  after(() => runRecomputeJob(prisma, result.jobId));
  return Response.json({ ...result, job: `/api/v1/governance/jobs/${result.jobId}` });
});
