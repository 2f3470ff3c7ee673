import { apiHandler } from "@/lib/api/handler";
import { listProductVersions } from "@/lib/catalog/product-api";
import { prisma } from "@/lib/db/prisma";

export const GET = apiHandler<{ domain: string; name: string }>(async ({ params, caller }) =>
  Response.json({ items: await listProductVersions(prisma, caller, params.domain, params.name) }),
);
