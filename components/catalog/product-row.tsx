import Link from "next/link";
import type { ProductSummary } from "@/lib/catalog/list-products";
import { ScoreBadge, StatusBadge } from "./badges";
import { countLabel } from "@/components/ui/count-label";

export function ProductRow({ product }: { product: ProductSummary }) {
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3">
      <div className="min-w-0 flex-1">
        <Link href={`/products/${product.ref}`} className="font-medium text-slate-900 hover:text-brand-700">
          {product.title}
        </Link>
        <p className="truncate font-mono text-xs text-slate-500">
          {product.ref} · v{product.semanticVersion}
        </p>
      </div>
      <span className="text-xs text-slate-500">{countLabel(product.consumerCount, "consumer")}</span>
      <StatusBadge status={product.status} />
      <ScoreBadge score={product.governanceScore} />
    </li>
  );
}
