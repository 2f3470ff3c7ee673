import type { Metadata } from "next";
import Link from "next/link";
import { searchProducts } from "@/lib/search/search-products";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreBadge, StatusBadge } from "@/components/catalog/badges";
import type { LifecycleStatus } from "@/lib/spec/enums";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await searchParams;
  return { title: typeof q === "string" && q.trim() ? `“${q.trim().slice(0, 60)}” — search` : "Search" };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const hits = await searchProducts(query);
  return (
    <>
      <PageHeader title="Search" description="Search data products by name, title, tags, domain, team, description, ports and fields." />
      <form role="search" className="mb-6 flex gap-2">
        <label htmlFor="search-q" className="sr-only">Search</label>
        <input id="search-q" name="q" type="search" defaultValue={query} autoFocus placeholder="e.g. customer 360, orders, revenue"
          className="w-full max-w-xl rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100" />
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Search</button>
      </form>
      {!query.trim() ? (
        <EmptyState title="Type to search the catalog">Names, titles, tags, owners and even column names are searched.</EmptyState>
      ) : hits.length === 0 ? (
        <EmptyState title={`Nothing matches “${query.trim().slice(0, 60)}”`}>Try fewer words, or browse by domain.</EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {hits.map((hit) => (
              <li key={hit.ref} className="flex flex-wrap items-start gap-3 px-5 py-3">
                <div className="min-w-0 flex-1">
                  <Link href={`/products/${hit.ref}`} className="font-medium text-slate-900 hover:text-brand-700">{hit.title}</Link>
                  <p className="font-mono text-xs text-slate-500">{hit.ref}</p>
                  {hit.description && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{hit.description}</p>}
                </div>
                <StatusBadge status={hit.status as LifecycleStatus} />
                <ScoreBadge score={hit.governanceScore} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
