import { apiHandler } from "@/lib/api/handler";
import { prisma } from "@/lib/db/prisma";
import { typeahead } from "@/lib/search/typeahead";
import { searchViewer } from "@/lib/search/viewer";

/** GET /api/v1/search/suggest?q= — the command palette's typeahead over products, domains and teams. */
export const GET = apiHandler(async ({ request, caller }) => {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  return Response.json({ suggestions: await typeahead(prisma, q, searchViewer(caller)) });
});
