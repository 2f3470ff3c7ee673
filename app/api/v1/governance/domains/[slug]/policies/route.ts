import { after } from "next/server";
import { z } from "zod";
import { apiHandler } from "@/lib/api/handler";
import { readBody } from "@/lib/api/read-body";
import { addDomainPolicy, getDomainPoliciesOrThrow } from "@/lib/catalog/governance-domain-policies";
import { runRecomputeJob } from "@/lib/catalog/recompute-jobs";
import { prisma } from "@/lib/db/prisma";

type Params = { slug: string };

/** GET — the domain's own policies and their change log. */
export const GET = apiHandler<Params>(async ({ params, requireCaller }) => {
  const { domain, canManage, policies, changes } = await getDomainPoliciesOrThrow(prisma, params.slug, requireCaller());
  return Response.json({ domain, canManage, policies, changes });
});

/** POST a rule ({ id, ruleType, severity, params, description? }); 202 with the recompute job to poll. */
export const POST = apiHandler<Params>(async ({ request, params, requireCaller }) => {
  const caller = requireCaller();
  // The rule itself is validated by validateDomainRule, which adds the "never weaker than global" check.
  const body = await readBody(request, z.looseObject({}));
  const result = await addDomainPolicy(prisma, caller, params.slug, body);
  after(() => runRecomputeJob(prisma, result.jobId));
  return Response.json({ ...result, job: `/api/v1/governance/jobs/${result.jobId}` }, { status: 201 });
});
