import { apiHandler } from "@/lib/api/handler";
import { prisma } from "@/lib/db/prisma";
import { searchProducts } from "@/lib/search/search-products";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchViewer } from "@/lib/search/viewer";

/** GET /api/v1/search?q=&domain=&status=&classification=&team=&tag=&tech=&score=&pii=&sort=&cursor=&limit= */
export const GET = apiHandler(async ({ request, caller }) => {
  const search = parseSearchRequest(new URL(request.url).searchParams);
  return Response.json(await searchProducts(prisma, search, searchViewer(caller)));
});
