import Link from "next/link";
import { searchHref, SORTS, type SearchRequest, type SearchSort } from "@/lib/search/search-request";

const SORT_LABEL: Record<SearchSort, string> = { relevance: "Relevance", score: "Governance score", recent: "Recently updated", consumers: "Most consumers" };

export function SearchSortLinks({ request }: { request: SearchRequest }) {
  return (
    <nav aria-label="Sort results" className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-slate-500">Sort:</span>
      {SORTS.map((sort) => (
        <Link
          key={sort}
          href={searchHref({ ...request, sort, cursor: undefined })}
          aria-current={request.sort === sort ? "true" : undefined}
          className={`rounded-md px-2 py-1 ${request.sort === sort ? "bg-slate-900 font-medium text-white" : "text-slate-600 hover:bg-slate-100"}`}
        >
          {SORT_LABEL[sort]}
        </Link>
      ))}
    </nav>
  );
}
