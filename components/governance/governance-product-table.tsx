import Link from "next/link";
import { ScoreBadge, SloStateBadge } from "@/components/catalog/badges";
import { EmptyState } from "@/components/ui/empty-state";
import { Cell, Table } from "@/components/ui/table";
import type { listGovernanceProducts } from "@/lib/catalog/governance-products";

type Result = Awaited<ReturnType<typeof listGovernanceProducts>>;

/** The list behind a dashboard number, with paging links that keep the query. */
export function GovernanceProductTable({ result, pageHref }: { result: Result; pageHref: (page: number) => string }) {
  if (!result.items.length) return <EmptyState title="No products here">Nothing matches these filters, which is good news for this one.</EmptyState>;
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <Table columns={["Product", "Team", { label: "Errors", align: "right" }, { label: "Warnings", align: "right" }, "SLOs", { label: "Score", align: "right" }]}>
        {result.items.map((item) => (
          <tr key={item.ref}>
            <Cell className="text-slate-900">
              <Link href={`/products/${item.ref}`} className="font-medium text-brand-700 hover:underline">
                {item.title}
              </Link>
              <div className="text-xs text-slate-500">{item.ref}</div>
              {item.findings.map((finding) => (
                <div key={`${finding.path}:${finding.message}`} className="mt-1 text-xs text-slate-600">
                  <code className="text-slate-500">{finding.path}</code> — {finding.message}
                </div>
              ))}
            </Cell>
            <Cell>{item.team.name}</Cell>
            <Cell className="text-right tabular-nums">{item.errors}</Cell>
            <Cell className="text-right tabular-nums">{item.warnings}</Cell>
            <Cell>
              <SloStateBadge state={item.sloState} />
            </Cell>
            <Cell className="text-right">
              <ScoreBadge score={item.score} />
            </Cell>
          </tr>
        ))}
      </Table>
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
