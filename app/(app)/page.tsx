import Link from "next/link";
import { getCaller } from "@/lib/auth/caller";
import { getHomeLists, getHomeOverview } from "@/lib/catalog/overview";
import { searchViewer } from "@/lib/search/viewer";
import { listDataProducts } from "@/lib/catalog/list-products";
import { prisma } from "@/lib/db/prisma";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DomainCard } from "@/components/catalog/domain-card";
import { HomeProductList } from "@/components/catalog/home-product-list";
import { ProductRow } from "@/components/catalog/product-row";
import { StatTile } from "@/components/catalog/stat-tile";

export default async function HomePage() {
  const viewer = searchViewer(await getCaller());
  const [{ overview, domains }, recent, lists] = await Promise.all([getHomeOverview(), listDataProducts(prisma, { limit: 6 }), getHomeLists(viewer)]);
  const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

  return (
    <div className="space-y-8">
      <section aria-labelledby="overview-heading">
        <h1 id="overview-heading" className="text-2xl font-semibold tracking-tight">
          The mesh at a glance
        </h1>
        <p className="mt-1 text-sm text-slate-600">Data products published by the domain teams, and how well they are governed.</p>
        <dl className="mt-5 grid grid-cols-2 gap-4 lg:grid-cols-5">
          <StatTile label="Domains" value={overview.domains} href="/domains" />
          <StatTile label="Data products" value={overview.products} hint={`${overview.activeProducts} active`} href="/products" />
          <StatTile label="Average governance score" value={overview.averageScore ?? "—"} href="/governance" />
          <StatTile label="SLO compliance" value={percent(overview.sloCompliance)} hint="products meeting their SLOs" href="/governance" />
          <StatTile label="Cross-domain connections" value={overview.crossDomainEdges} href="/lineage" />
        </dl>
      </section>

      <Card>
        <CardHeader title="Recently updated" action={<Link href="/products" className="text-sm font-medium text-brand-700 hover:underline">All products →</Link>} />
        {recent.items.length ? (
          <ul className="divide-y divide-slate-100">
            {recent.items.map((product) => (
              <ProductRow key={product.ref} product={product} />
            ))}
          </ul>
        ) : (
          <div className="p-5">
            <EmptyState title="No data products yet">Register the first one, or load the demo mesh with npm run db:seed.</EmptyState>
          </div>
        )}
      </Card>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <HomeProductList title="Most used" description="Read by the most other products" products={lists.mostUsed} show="consumers" empty="No product has consumers yet." />
        <HomeProductList title="Best governed" description="The most used active products scoring 95 or more" products={lists.bestGoverned} show="score" empty="No active product yet." />
        <HomeProductList title="Needs attention" description="Breaching SLOs or failing error-level policies, most used first" products={lists.needsAttention} show="attention" empty="Nothing needs attention: every product meets its SLOs and policies." />
      </div>

      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading" className="mb-3 text-lg font-semibold">
          Domains
        </h2>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {domains.map((domain) => (
            <DomainCard key={domain.slug} domain={domain} />
          ))}
        </div>
      </section>
    </div>
  );
}
