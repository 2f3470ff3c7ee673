import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDomainOrThrow } from "@/lib/catalog/domains";
import { NotFoundError } from "@/lib/catalog/errors";
import { fromDbStatus } from "@/lib/catalog/enum-mapping";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DomainKindBadge, ScoreBadge, SloStateBadge, StatusBadge } from "@/components/catalog/badges";
import { countLabel } from "@/components/ui/count-label";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  try {
    return await getDomainOrThrow(slug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `${(await load(slug)).name} domain` };
}

export default async function DomainPage({ params }: Props) {
  const { slug } = await params;
  const domain = await load(slug);
  const neighbourList = (items: { slug: string; name: string; edges: number }[], empty: string) =>
    items.length ? (
      <ul className="space-y-1 p-5 text-sm">
        {items.map((item) => (
          <li key={item.slug} className="flex justify-between">
            <Link href={`/domains/${item.slug}`} className="text-brand-700 hover:underline">
              {item.name}
            </Link>
            <span className="text-slate-500">{item.edges} edges</span>
          </li>
        ))}
      </ul>
    ) : (
      <p className="p-5 text-sm text-slate-500">{empty}</p>
    );

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/domains" className="hover:underline">Domains</Link>}
        title={domain.name}
        description={domain.description}
        actions={<DomainKindBadge kind={domain.kind} />}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Data products" description={`${domain.products.length} published by this domain`} />
          {domain.products.length ? (
            <ul className="divide-y divide-slate-100">
              {domain.products.map((product) => (
                <li key={product.name} className="flex flex-wrap items-center gap-3 px-5 py-3">
                  <div className="min-w-0 flex-1">
                    <Link href={`/products/${domain.slug}/${product.name}`} className="font-medium text-slate-900 hover:text-brand-700">
                      {product.title}
                    </Link>
                    <p className="font-mono text-xs text-slate-500">v{product.semanticVersion} · {countLabel(product.consumerCount, "consumer")}</p>
                  </div>
                  <SloStateBadge state={product.sloState} />
                  <StatusBadge status={fromDbStatus(product.status)} />
                  <ScoreBadge score={product.governanceScore} />
                </li>
              ))}
            </ul>
          ) : (
            <div className="p-5">
              <EmptyState title="No data products yet">This domain has not published any data product.</EmptyState>
            </div>
          )}
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Owning team" />
            <div className="space-y-1 p-5 text-sm">
              <Link href={`/teams/${domain.owningTeam.slug}`} className="font-medium text-brand-700 hover:underline">
                {domain.owningTeam.name}
              </Link>
              {domain.owningTeam.email && <p className="text-slate-600">{domain.owningTeam.email}</p>}
              {domain.owningTeam.chatChannel && <p className="text-slate-600">{domain.owningTeam.chatChannel}</p>}
            </div>
          </Card>
          <Card>
            <CardHeader title="Upstream domains" description="Domains this one reads from" />
            {neighbourList(domain.upstreamDomains, "Reads from no other domain.")}
          </Card>
          <Card>
            <CardHeader title="Downstream domains" description="Domains that read from this one" />
            {neighbourList(domain.downstreamDomains, "No other domain reads from it yet.")}
          </Card>
        </div>
      </div>
    </>
  );
}
