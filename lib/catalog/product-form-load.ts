import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DataProductSpec } from "@/lib/spec/schema";
import { NotFoundError } from "./errors";
import { fromDbStatus } from "./enum-mapping";
import { productRecordInclude } from "./product-record";
import { recordToSpec } from "./spec-mapping";

export interface EditableProduct {
  ref: string;
  spec: DataProductSpec;
  /** The optimistic-concurrency version the form opened; saving names it. */
  version: number;
  ownership: { owningTeamId: number; domainOwningTeamId: number };
  /** Products reading this one (lineage edges where it is upstream): who a breaking change hurts. */
  downstream: { ref: string; title: string; status: ReturnType<typeof fromDbStatus> }[];
}

/** What the edit form and lifecycle panel need about a stored product. */
export async function getEditableProductOrThrow(db: PrismaClient, domain: string, name: string): Promise<EditableProduct> {
  const record = await db.dataProduct.findFirst({
    where: { name, domain: { slug: domain } },
    include: {
      ...productRecordInclude,
      domain: { select: { slug: true, owningTeamId: true } },
      downstreamEdges: {
        orderBy: { downstreamProduct: { name: "asc" } },
        take: 200,
        select: { downstreamProduct: { select: { name: true, title: true, status: true, domain: { select: { slug: true } } } } },
      },
    },
  });
  if (!record) throw new NotFoundError(`No data product ${domain}/${name}`);
  return {
    ref: `${domain}/${name}`,
    spec: recordToSpec(record),
    version: record.version,
    ownership: { owningTeamId: record.owningTeamId, domainOwningTeamId: record.domain.owningTeamId },
    downstream: record.downstreamEdges.map(({ downstreamProduct: product }) => ({
      ref: `${product.domain.slug}/${product.name}`,
      title: product.title,
      status: fromDbStatus(product.status),
    })),
  };
}
