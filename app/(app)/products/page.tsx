import type { Metadata } from "next";
import Link from "next/link";
import { listDataProducts } from "@/lib/catalog/list-products";
import { prisma } from "@/lib/db/prisma";
import { LIFECYCLE_STATUSES, type LifecycleStatus } from "@/lib/spec/enums";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ProductRow } from "@/components/catalog/product-row";

export const metadata: Metadata = { title: "Data products" };

type Props = { searchParams: Promise<{ status?: string; domain?: string; cursor?: string }> };

export default async function ProductsPage({ searchParams }: Props) {
  const params = await searchParams;
  // Unknown filter values are ignored rather than answered with an error page.
  const status = LIFECYCLE_STATUSES.includes(params.status as LifecycleStatus) ? (params.status as LifecycleStatus) : undefined;
  const page = await listDataProducts(prisma, { status, domain: params.domain, cursor: params.cursor, limit: 25 });
  const link = (next: Record<string, string | undefined>) => {
    const query = new URLSearchParams(Object.entries({ status, domain: params.domain, ...next }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `/products${query.size ? `?${query}` : ""}`;
  };

  return (
    <>
      <PageHeader
        title="Data products"
        description="Most recently updated first."
        actions={
          <Link href="/products/new" className="rounded-lg bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
            Register a product
          </Link>
        }
      />
      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-2">
        {[undefined, ...LIFECYCLE_STATUSES].map((value) => (
          <Link
            key={value ?? "all"}
            href={link({ status: value, cursor: undefined })}
            aria-current={value === status ? "page" : undefined}
            className={`rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset ${value === status ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
          >
            {value ?? "All"}
          </Link>
        ))}
      </nav>
      {page.items.length ? (
        <Card>
          <ul className="divide-y divide-slate-100">
            {page.items.map((product) => (
              <ProductRow key={product.ref} product={product} />
            ))}
          </ul>
        </Card>
      ) : (
        <EmptyState title="No data products match">Try another status, or clear the filters.</EmptyState>
      )}
      <div className="mt-4 flex justify-between">
        {params.cursor ? (
          <Link href={link({ cursor: undefined })} className="text-sm font-medium text-brand-700 hover:underline">
            ← First page
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link href={link({ cursor: page.nextCursor })} className="text-sm font-medium text-brand-700 hover:underline">
            Next page →
          </Link>
        )}
      </div>
    </>
  );
}
