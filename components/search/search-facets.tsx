import Link from "next/link";
import type { FacetValue, SearchResult } from "@/lib/search/search-products";
import { SCORE_BAND_LABEL, toggleFacet, type FacetKey, type ScoreBand, type SearchRequest } from "@/lib/search/search-request";

const FACETS: { key: FacetKey; title: string }[] = [
  { key: "domain", title: "Domain" },
  { key: "status", title: "Status" },
  { key: "classification", title: "Classification" },
  { key: "team", title: "Owning team" },
  { key: "tag", title: "Tags" },
  { key: "tech", title: "Port technology" },
  { key: "score", title: "Governance score" },
  { key: "pii", title: "Contains PII" },
];

const VISIBLE = 8;

function label(key: FacetKey, value: FacetValue): string {
  if (key === "score") return SCORE_BAND_LABEL[value.value as ScoreBand] ?? value.label;
  if (key === "pii") return value.value === "yes" ? "Contains PII" : "No PII";
  return value.label;
}

function isSelected(request: SearchRequest, key: FacetKey, value: string): boolean {
  if (key === "pii") return request.pii === value;
  const selected: string[] = request[key];
  return selected.includes(value);
}

/** Facets are plain links that toggle one value, so every state is a shareable URL and works without JavaScript. */
export function SearchFacets({ request, facets }: { request: SearchRequest; facets: SearchResult["facets"] }) {
  return (
    <nav aria-label="Filters" className="space-y-5">
      {FACETS.map(({ key, title }) => {
        const values = facets[key];
        if (!values.length) return null;
        const shown = [...values.filter((value) => isSelected(request, key, value.value)), ...values.filter((value) => !isSelected(request, key, value.value))].slice(0, VISIBLE);
        return (
          <section key={key} aria-labelledby={`facet-${key}`}>
            <h2 id={`facet-${key}`} className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
              {title}
            </h2>
            <ul className="space-y-0.5">
              {shown.map((value) => {
                const selected = isSelected(request, key, value.value);
                return (
                  <li key={value.value}>
                    <Link
                      href={toggleFacet(request, key, value.value)}
                      aria-current={selected ? "true" : undefined}
                      className={`flex items-center justify-between gap-2 rounded-md px-2 py-1 text-sm ${selected ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
                    >
                      <span className="flex min-w-0 items-center gap-2">
                        <span aria-hidden className={`h-3.5 w-3.5 shrink-0 rounded border ${selected ? "border-brand-600 bg-brand-600" : "border-slate-300 bg-white"}`} />
                        <span className="truncate">{label(key, value)}</span>
                      </span>
                      <span className="text-xs tabular-nums text-slate-500">{value.count.toLocaleString("en-US")}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
