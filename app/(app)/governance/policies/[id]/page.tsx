import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { policyCatalog } from "@/lib/governance/catalog";
import { listAllDomainPolicies } from "@/lib/catalog/governance-domain-policies";
import { listGovernanceProducts } from "@/lib/catalog/governance-products";
import { governanceQueryFromParams } from "@/lib/catalog/governance-query-params";
import { governanceHref } from "@/lib/catalog/governance-links";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { GovernanceProductTable } from "@/components/governance/governance-product-table";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Policy ${(await params).id}` };
}

/** One policy: what it asks and why, and the products that violate it now. */
export default async function PolicyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = { ...governanceQueryFromParams(await searchParams), policy: id };
  const global = policyCatalog().find((policy) => policy.id === id);
  const domainEntries = global ? [] : (await listAllDomainPolicies(prisma)).filter((entry) => entry.doc.id === id);
  const doc = global ?? domainEntries[0]?.doc;
  if (!doc) notFound();
  const result = await listGovernanceProducts(prisma, query);
  return (
    <>
      <PageHeader
        eyebrow={<Link href={governanceHref("/governance", query)} className="hover:underline">← Governance dashboard</Link>}
        title={`${doc.id}: ${doc.title}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={doc.severity === "error" ? "red" : "amber"}>{doc.severity}</Badge>
            {global ? "Global policy" : `Domain policy of ${domainEntries.map((entry) => entry.domain.name).join(", ")}`}
          </span>
        }
      />
      <dl className="mb-6 grid grid-cols-1 gap-4 rounded-xl border border-slate-200 bg-white p-5 text-sm shadow-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Why</dt>
          <dd className="mt-1 text-slate-700">{doc.rationale}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">How to fix</dt>
          <dd className="mt-1 text-slate-700">{doc.remediation}</dd>
        </div>
      </dl>
      <h2 className="mb-3 text-lg font-semibold">
        {result.total} {result.total === 1 ? "product violates" : "products violate"} {doc.id}
        {query.domain || query.team ? <span className="text-sm font-normal text-slate-500"> (filtered)</span> : null}
      </h2>
      <GovernanceProductTable result={result} pageHref={(page) => governanceHref(`/governance/policies/${id}`, query, { page })} />
    </>
  );
}
