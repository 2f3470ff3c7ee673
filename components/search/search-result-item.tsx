import Link from "next/link";
import type { SearchHit } from "@/lib/search/search-products";
import { Badge } from "@/components/ui/badge";
import { ClassificationBadge, ScoreBadge, SloStateBadge, StatusBadge } from "@/components/catalog/badges";
import { HighlightedText } from "./highlighted-text";
import { countLabel } from "@/components/ui/count-label";

export function SearchResultItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="px-5 py-4">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <div className="min-w-0 flex-1">
          <Link href={`/products/${hit.ref}`} className="font-medium text-slate-900 hover:text-brand-700">
            <HighlightedText segments={hit.highlights.title} />
          </Link>
          <p className="truncate font-mono text-xs text-slate-500">
            {hit.ref} · v{hit.semanticVersion} · {hit.teamName}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <StatusBadge status={hit.status} />
          <ClassificationBadge classification={hit.classification} />
          <ScoreBadge score={hit.governanceScore} />
        </div>
      </div>
      {hit.description && (
        <p className="mt-1.5 line-clamp-2 text-sm text-slate-600">
          <HighlightedText segments={hit.highlights.description} />
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
        <span>{countLabel(hit.consumerCount, "consumer")}</span>
        <span aria-hidden>·</span>
        <SloStateBadge state={hit.sloState} />
        {hit.tags.slice(0, 5).map((tag) => (
          <Badge key={tag} tone="brand">
            #{tag}
          </Badge>
        ))}
      </div>
    </li>
  );
}
