import Link from "next/link";
import type { HomeProduct } from "@/lib/catalog/overview";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { ScoreBadge, SloStateBadge } from "./badges";
import { countLabel } from "@/components/ui/count-label";

/** A short titled list of products for the home page; `show` picks the figure that explains why each is listed. */
export function HomeProductList({ title, description, products, show, empty }: { title: string; description: string; products: HomeProduct[]; show: "consumers" | "score" | "attention"; empty: string }) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      {products.length ? (
        <ul className="divide-y divide-slate-100">
          {products.map((product) => (
            <li key={product.ref} className="flex items-center gap-3 px-5 py-2.5">
              <div className="min-w-0 flex-1">
                <Link href={`/products/${product.ref}`} className="block truncate text-sm font-medium text-slate-900 hover:text-brand-700">
                  {product.title}
                </Link>
                <p className="truncate text-xs text-slate-500">{product.domainName}</p>
              </div>
              {show === "consumers" && <span className="shrink-0 text-xs tabular-nums text-slate-600">{countLabel(product.consumerCount, "consumer")}</span>}
              {show === "score" && <ScoreBadge score={product.governanceScore} />}
              {show === "attention" && (
                <span className="flex shrink-0 gap-1">
                  {product.errorCount > 0 && <Badge tone="red">{product.errorCount} errors</Badge>}
                  {product.sloState === "BREACHED" && <SloStateBadge state="BREACHED" />}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="px-5 py-4 text-sm text-slate-500">{empty}</p>
      )}
    </Card>
  );
}
