import { apiHandler } from "@/lib/api/handler";
import { readBody } from "@/lib/api/read-body";
import { getProductGovernanceOrThrow } from "@/lib/catalog/governance-product";
import { recordSloMeasurements, sloMeasurementsBodySchema } from "@/lib/catalog/slo-measurements";
import { prisma } from "@/lib/db/prisma";

/**
 * POST one { kind, value, observedAt } or { measurements: [...] } (up to 10,000). Idempotent on
 * (SLO, observedAt). Answers with the product's SLO compliance after the measurements.
 */
export const POST = apiHandler<{ domain: string; name: string }>(async ({ request, params, requireCaller }) => {
  const caller = requireCaller();
  const body = await readBody(request, sloMeasurementsBodySchema);
  const { recorded } = await recordSloMeasurements(prisma, caller, params, body);
  const { sloState, slos } = await getProductGovernanceOrThrow(prisma, params);
  return Response.json({ recorded, sloState, slos });
});
