import { apiHandler } from "@/lib/api/handler";
import { BadRequestError } from "@/lib/api/errors";
import { readValidSpecBody } from "@/lib/api/spec-body";
import { deleteProduct, getProductSpecOrThrow, updateProduct } from "@/lib/catalog/product-api";
import { prisma } from "@/lib/db/prisma";

type Params = { domain: string; name: string };

export const GET = apiHandler<Params>(async ({ params, caller }) => {
  const product = await getProductSpecOrThrow(prisma, caller, params.domain, params.name);
  return Response.json(product, { headers: { ETag: `"${product.version}"` } });
});

export const PUT = apiHandler<Params>(async ({ request, params, requireCaller }) => {
  const caller = requireCaller();
  const expectedVersion = expectedVersionOf(request);
  const result = await updateProduct(prisma, caller, params.domain, params.name, await readValidSpecBody(request), expectedVersion);
  return Response.json({ ref: result.ref, version: result.version, created: false, governance: result.governance }, { headers: { ETag: `"${result.version}"` } });
});

export const DELETE = apiHandler<Params>(async ({ params, requireCaller }) => {
  await deleteProduct(prisma, requireCaller(), params.domain, params.name);
  return new Response(null, { status: 204 });
});

/** `If-Match: "7"` (the ETag we send), a bare `7`, or `?expectedVersion=7`. */
function expectedVersionOf(request: Request): number | undefined {
  const raw = request.headers.get("if-match") ?? new URL(request.url).searchParams.get("expectedVersion");
  if (raw === null) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(raw.trim());
  if (!match) throw new BadRequestError(`If-Match must be the version you read, e.g. "7"; got ${raw}`);
  return Number(match[1]);
}
