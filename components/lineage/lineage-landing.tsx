import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DomainConnectionsTable } from "./domain-connections-table";
import { prisma } from "@/lib/db/prisma";
import { getDomainConnections, getMostReadProducts } from "@/lib/lineage/domain-map";

/** /lineage without a focus: pick a product, or start from the domain map or the busiest connections. */
export async function LineageLanding({ invalidFocus }: { invalidFocus: string | null }) {
  const [connections, hubs] = await Promise.all([
    getDomainConnections(prisma, 10),
    getMostReadProducts(prisma, 8),
  ]);
  return (
    <>
      <PageHeader title="Lineage" description="Where data comes from and who breaks if it changes. Pick a product to see its graph, or start from the map of domains." />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Open a product's graph" description="Type its address as domain/name, or search the catalog." />
          <form method="get" action="/lineage" className="flex flex-col gap-2 px-5 py-4 sm:flex-row">
            <label htmlFor="focus" className="sr-only">Product address</label>
            <input
              id="focus"
              name="focus"
              defaultValue={invalidFocus ?? ""}
              placeholder="customer/customer-360"
              aria-describedby={invalidFocus ? "focus-error" : undefined}
              className="flex-1 rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm"
            />
            <button type="submit" className="rounded-lg bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-brand-700">Show lineage</button>
          </form>
          {invalidFocus && (
            <p id="focus-error" className="px-5 pb-3 text-sm text-rose-700">
              “{invalidFocus}” is not a product address (domain/name). <Link className="underline" href={`/search?q=${encodeURIComponent(invalidFocus)}`}>Search for it</Link>.
            </p>
          )}
          <div className="border-t border-slate-100 px-5 py-4">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Most-read products</h3>
            <ul className="mt-2 divide-y divide-slate-100">
              {hubs.map((product) => (
                <li key={`${product.domain.slug}/${product.name}`} className="flex items-center justify-between gap-3 py-2 text-sm">
                  <Link href={`/lineage?focus=${product.domain.slug}/${product.name}`} className="min-w-0 truncate text-brand-700 hover:underline">
                    {product.title} <span className="text-slate-500">· {product.domain.name}</span>
                  </Link>
                  <span className="shrink-0 text-xs tabular-nums text-slate-500">{product.consumerCount.toLocaleString("en-US")} readers</span>
                </li>
              ))}
            </ul>
          </div>
        </Card>
        <Card>
          <CardHeader title="Top cross-domain connections" description="Domain pairs by the number of product edges between them." action={<Link href="/lineage/domains" className="text-sm font-semibold text-brand-700 hover:underline">Domain map →</Link>} />
          {connections.length === 0 ? (
            <p className="px-5 py-6 text-sm text-slate-500">No product reads another domain&apos;s product yet.</p>
          ) : (
            <DomainConnectionsTable connections={connections} />
          )}
        </Card>
      </div>
    </>
  );
}
