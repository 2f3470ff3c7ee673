import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { listGovernanceProducts } from "@/lib/catalog/governance-products";
import { describeGovernanceQuery, governanceQueryFromParams } from "@/lib/catalog/governance-query-params";
import { governanceHref } from "@/lib/catalog/governance-links";
import { PageHeader } from "@/components/ui/page-header";
import { GovernanceProductTable } from "@/components/governance/governance-product-table";

export const metadata: Metadata = { title: "Products by governance" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function GovernanceProductsPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = governanceQueryFromParams(params);
  const result = await listGovernanceProducts(prisma, query);
  const { page: _page, ...rest } = query;
  const keep = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== "domain" && key !== "team")) as Record<string, string | number | boolean | undefined>;
  const scope = [query.domain && `domain ${query.domain}`, query.team && `team ${query.team}`].filter(Boolean).join(", ");
  return (
    <>
      <PageHeader
        eyebrow={<Link href={governanceHref("/governance", query)} className="hover:underline">← Governance dashboard</Link>}
        title={describeGovernanceQuery(query)}
        description={`${result.total} ${result.total === 1 ? "product" : "products"}${scope ? ` in ${scope}` : ""}, lowest score first. Retired products are left out.`}
      />
      <GovernanceProductTable result={result} pageHref={(page) => governanceHref("/governance/products", query, { ...keep, page })} />
    </>
  );
}
