import { apiHandler } from "@/lib/api/handler";
import { getProductSpecOrThrow } from "@/lib/catalog/product-api";
import { prisma } from "@/lib/db/prisma";
import { specToOdps } from "@/lib/spec/odps";
import { stringifySpec } from "@/lib/spec/yaml";

/** The stored spec as YAML; `?format=odps` gives an ODPS v1.0.0 document instead. */
export const GET = apiHandler<{ domain: string; name: string }>(async ({ request, params, caller }) => {
  const { spec, version } = await getProductSpecOrThrow(prisma, caller, params.domain, params.name);
  const odps = new URL(request.url).searchParams.get("format") === "odps";
  const fileName = `${params.domain}-${params.name}${odps ? ".odps" : ""}.yaml`;
  return new Response(stringifySpec(odps ? specToOdps(spec) : spec), {
    headers: {
      "Content-Type": "application/yaml; charset=utf-8",
      "Content-Disposition": `inline; filename="${fileName}"`,
      ETag: `"${version}"`,
    },
  });
});
