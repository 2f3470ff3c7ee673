import { z } from "zod";
import { apiHandler } from "@/lib/api/handler";
import { BadRequestError } from "@/lib/api/errors";
import { readValidSpecBody } from "@/lib/api/spec-body";
import { zodIssuesToFieldErrors } from "@/lib/api/zod-errors";
import { createProduct, listProductsForCaller } from "@/lib/catalog/product-api";
import { prisma } from "@/lib/db/prisma";
import { LIFECYCLE_STATUSES } from "@/lib/spec/enums";
import { slug } from "@/lib/spec/schema";

const listQuery = z.strictObject({
  domain: slug.optional(),
  team: slug.optional(),
  status: z.enum(LIFECYCLE_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(200).optional(),
});

export const GET = apiHandler(async ({ request, caller }) => {
  const query = listQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new BadRequestError("Invalid query parameters", zodIssuesToFieldErrors(query.error.issues));
  return Response.json(await listProductsForCaller(prisma, caller, query.data));
});

export const POST = apiHandler(async ({ request, requireCaller }) => {
  const caller = requireCaller();
  const result = await createProduct(prisma, caller, await readValidSpecBody(request));
  return Response.json(
    { ref: result.ref, version: result.version, created: result.created, governance: result.governance },
    { status: 201, headers: { Location: `/api/v1/data-products/${result.ref}`, ETag: `"${result.version}"` } },
  );
});
