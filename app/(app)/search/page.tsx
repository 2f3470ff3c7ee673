import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/lib/auth/caller";
import { prisma } from "@/lib/db/prisma";
import { searchProducts } from "@/lib/search/search-products";
import { filterCount, hasFilters, parseSearchRequest, searchHref } from "@/lib/search/search-request";
import { searchViewer } from "@/lib/search/viewer";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { FiltersDisclosure } from "@/components/search/filters-disclosure";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchResultItem } from "@/components/search/search-result-item";
import { SearchSortLinks } from "@/components/search/search-sort";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchRequest(await searchParams);
  return { title: q.trim() ? `“${q.trim().slice(0, 60)}” — search` : "Search" };
}

export default async function SearchPage({ searchParams }: Props) {
  const request = parseSearchRequest(await searchParams);
  const result = await searchProducts(prisma, request, searchViewer(await getCaller()));
  const filtered = hasFilters(request);
  const asked = Boolean(result.query) || filtered;

  return (
    <>
      <PageHeader title="Search" description="Names, titles, tags, domains, teams, descriptions, ports and column names are searched." />
      <form role="search" action="/search" className="mb-6 flex max-w-2xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search the catalog
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={request.q}
          maxLength={1000}
          autoFocus
          placeholder="e.g. customer 360, orders, revenue"
          className="w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Search
        </button>
      </form>

      {!asked ? (
        <EmptyState title="Type to search the catalog">Or press Ctrl K (⌘K on a Mac) anywhere to jump to a product, domain or team.</EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_1fr]">
          <aside>
            <FiltersDisclosure selected={filterCount(request)}>
              <SearchFacets request={request} facets={result.facets} />
              {filtered && (
                <Link href={searchHref({ q: request.q, sort: request.sort })} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
                  Clear all filters
                </Link>
              )}
            </FiltersDisclosure>
          </aside>
          <section aria-label="Results" className="min-w-0">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm text-slate-600" role="status">
                {result.fuzzy ? (
                  <>
                    No exact match for “{result.query}”; showing {result.total.toLocaleString("en-US")} similar names.
                  </>
                ) : (
                  <>
                    {result.total.toLocaleString("en-US")}
                    {result.capped && "+"} {result.total === 1 && !result.capped ? "data product" : "data products"}
                    {result.query && <> for “{result.query}”</>}
                    {result.capped && (
                      <>
                        . Results and counts cover the first {result.total.toLocaleString("en-US")}
                        {request.sort === "relevance" ? ", most used first" : ""}: add a word or a filter to narrow them.
                      </>
                    )}
                  </>
                )}
              </p>
              <SearchSortLinks request={request} />
            </div>
            {result.didYouMean && (
              <p className="mb-3 text-sm text-slate-700">
                Did you mean{" "}
                <Link href={searchHref({ ...request, q: result.didYouMean, cursor: undefined })} className="font-semibold text-brand-700 hover:underline">
                  {result.didYouMean}
                </Link>
                ?
              </p>
            )}
            {result.items.length ? (
              <Card>
                <ul className="divide-y divide-slate-100">
                  {result.items.map((hit) => (
                    <SearchResultItem key={hit.ref} hit={hit} />
                  ))}
                </ul>
              </Card>
            ) : (
              <EmptyState title={result.query ? `Nothing matches “${result.query.slice(0, 60)}”` : "Nothing matches these filters"}>
                Try fewer or different words, remove a filter, or <Link href="/domains" className="text-brand-700 hover:underline">browse by domain</Link>.
              </EmptyState>
            )}
            <div className="mt-4 flex justify-between text-sm">
              {request.cursor ? (
                <Link href={searchHref({ ...request, cursor: undefined })} className="font-medium text-brand-700 hover:underline">
                  ← First page
                </Link>
              ) : (
                <span />
              )}
              {result.nextCursor && (
                <Link href={searchHref({ ...request, cursor: result.nextCursor })} className="font-medium text-brand-700 hover:underline">
                  Next page →
                </Link>
              )}
            </div>
          </section>
        </div>
      )}
    </>
  );
}
