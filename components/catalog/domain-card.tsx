import Link from "next/link";
import type { DomainSummary } from "@/lib/catalog/domains";
import { DomainKindBadge, ScoreBadge } from "./badges";

export function DomainCard({ domain }: { domain: DomainSummary }) {
  return (
    <Link href={`/domains/${domain.slug}`} className="group flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500">
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-semibold text-slate-900 group-hover:text-brand-700">{domain.name}</h3>
        {domain.averageScore !== null && <ScoreBadge score={Math.round(domain.averageScore)} />}
      </div>
      <div className="mt-2">
        <DomainKindBadge kind={domain.kind} />
      </div>
      <p className="mt-3 line-clamp-2 flex-1 text-sm text-slate-600">{domain.description}</p>
      <p className="mt-4 text-xs text-slate-500">
        {domain.products} {domain.products === 1 ? "product" : "products"} · {domain.team.name}
      </p>
    </Link>
  );
}
