import Link from "next/link";
import { ScoreBadge, SloStateBadge } from "@/components/catalog/badges";
import { EmptyState } from "@/components/ui/empty-state";
import type { listGovernanceProducts } from "@/lib/catalog/governance-products";

type Result = Awaited<ReturnType<typeof listGovernanceProducts>>;

/** The list behind a dashboard number, with paging links that keep the query. */
export function GovernanceProductTable({ result, pageHref }: { result: Result; pageHref: (page: number) => string }) {
  if (!result.items.length) return <EmptyState title="No products here">Nothing matches these filters, which is good news for this one.</EmptyState>;
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="px-5 py-2">Product</th>
              <th scope="col" className="px-3 py-2">Team</th>
              <th scope="col" className="px-3 py-2 text-right">Errors</th>
              <th scope="col" className="px-3 py-2 text-right">Warnings</th>
              <th scope="col" className="px-3 py-2">SLOs</th>
              <th scope="col" className="px-3 py-2 text-right">Score</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.items.map((item) => (
              <tr key={item.ref} className="align-top">
                <td className="px-5 py-2">
                  <Link href={`/products/${item.ref}`} className="font-medium text-brand-700 hover:underline">
                    {item.title}
                  </Link>
                  <div className="text-xs text-slate-500">{item.ref}</div>
                  {item.findings.map((finding) => (
                    <div key={`${finding.path}:${finding.message}`} className="mt-1 text-xs text-slate-600">
                      <code className="text-slate-500">{finding.path}</code> — {finding.message}
                    </div>
                  ))}
                </td>
                <td className="px-3 py-2 text-slate-600">{item.team.name}</td>
                <td className="px-3 py-2 text-right tabular-nums">{item.errors}</td>
                <td className="px-3 py-2 text-right tabular-nums">{item.warnings}</td>
                <td className="px-3 py-2">
                  <SloStateBadge state={item.sloState} />
                </td>
                <td className="px-3 py-2 text-right">
                  <ScoreBadge score={item.score} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.pages > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between border-t border-slate-100 px-5 py-3 text-sm">
          {result.page > 1 ? <Link href={pageHref(result.page - 1)} className="font-medium text-brand-700 hover:underline">← Previous</Link> : <span />}
          <span className="text-slate-500">
            Page {result.page} of {result.pages}
          </span>
          {result.page < result.pages ? <Link href={pageHref(result.page + 1)} className="font-medium text-brand-700 hover:underline">Next →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
