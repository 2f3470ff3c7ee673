import { apiHandler } from "@/lib/api/handler";
import { prisma } from "@/lib/db/prisma";
import { impactToCsv } from "@/lib/lineage/impact-csv";
import { getImpact } from "@/lib/lineage/impact";
import { impactQuerySchema, parseQuery } from "@/lib/lineage/params";

/** GET ?depth=N&field=F → the downstream products grouped by domain; `format=csv` (or Accept: text/csv) for the CSV export. */
export const GET = apiHandler<{ domain: string; name: string }>(async ({ request, params, requireCaller }) => {
  requireCaller();
  const query = parseQuery(impactQuerySchema, request.url);
  const report = await getImpact(prisma, params.domain, params.name, query);
  const wantsCsv = new URL(request.url).searchParams.get("format") === "csv" || request.headers.get("accept")?.startsWith("text/csv");
  if (!wantsCsv) return Response.json(report);
  const file = `impact-${params.domain}-${params.name}${report.field ? `-${report.field}` : ""}.csv`;
  return new Response(impactToCsv(report), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file}"` },
  });
});
