import "server-only";
import { prisma } from "@/lib/db/prisma";
import { NotFoundError } from "./errors";
import { productRecordInclude } from "./product-record";
import { recordToSpec } from "./spec-mapping";

/** Everything the product page shows, in one place so the page stays a thin renderer. */
export async function getProductPageOrThrow(domainSlug: string, name: string) {
  const record = await prisma.dataProduct.findFirst({
    where: { name, domain: { slug: domainSlug } },
    include: {
      ...productRecordInclude,
      domain: { select: { slug: true, name: true, owningTeamId: true } },
      owningTeam: { select: { slug: true, name: true, email: true, chatChannel: true } },
      owner: { select: { email: true, name: true, chatHandle: true } },
      steward: { select: { email: true, name: true, chatHandle: true } },
      governanceResults: { orderBy: [{ severity: "asc" }, { policyId: "asc" }] },
      versions: { orderBy: { version: "desc" }, take: 20, select: { version: true, semanticVersion: true, changeKind: true, summary: true, createdAt: true, author: { select: { name: true } } } },
      upstreamEdges: {
        select: {
          crossDomain: true,
          upstreamProduct: { select: { name: true, title: true, status: true, domain: { select: { slug: true } } } },
          sourceSystem: { select: { slug: true, name: true } },
        },
      },
      downstreamEdges: {
        take: 50,
        select: { crossDomain: true, downstreamProduct: { select: { name: true, title: true, status: true, domain: { select: { slug: true } } } } },
      },
    },
  });
  if (!record) throw new NotFoundError(`No data product ${domainSlug}/${name}`);
  const spec = recordToSpec(record);
  return { record, spec };
}

export type ProductPageData = Awaited<ReturnType<typeof getProductPageOrThrow>>;
