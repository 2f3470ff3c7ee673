import Link from "next/link";
import type { AttentionItem, AttentionReason } from "@/lib/catalog/teams";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { SloStateBadge } from "@/components/catalog/badges";
import { countLabel } from "@/components/ui/count-label";

const SLO_STATE_WORDS = { BREACHED: "breached", AT_RISK: "at risk" } as const;

function percent(compliance: number | null): string {
  return compliance === null ? "no measurements" : `${Math.floor(compliance * 1000) / 10}% of measurements met`;
}

function Reason({ reason }: { reason: AttentionReason }) {
  if (reason.kind === "errors") {
    return (
      <li className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <Badge tone="red">{reason.count === 1 ? "1 error" : `${reason.count} errors`}</Badge>
        <span className="min-w-0 flex-1 text-slate-600">
          {reason.policies.map((policy) => (
            <span key={`${policy.policyId}:${policy.message}`} className="block truncate" title={policy.message}>
              <span className="font-mono text-xs text-slate-500">{policy.policyId}</span> {policy.message}
            </span>
          ))}
          {reason.count > reason.policies.length && <span className="block text-xs text-slate-500">and {reason.count - reason.policies.length} more</span>}
        </span>
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <SloStateBadge state={reason.state} />
      <span className="min-w-0 flex-1 text-slate-600">
        {reason.slos.map((slo) => (
          <span key={slo.kind} className="block">
            {slo.kind} SLO {SLO_STATE_WORDS[slo.state]}: {percent(slo.compliance)} over 30 days
          </span>
        ))}
      </span>
    </li>
  );
}

/** The team's products with error-level violations or SLOs breached or at risk, each with why. */
export function TeamAttentionList({ items }: { items: AttentionItem[] }) {
  return (
    <Card>
      <CardHeader title="Needs attention" description="Failing error-level policies, or SLOs breached or at risk; breaches and errors first, then by consumers" />
      {items.length ? (
        <ul className="divide-y divide-slate-100" aria-label="Products needing attention">
          {items.map((item) => (
            <li key={item.ref} className="space-y-2 px-5 py-3 text-sm">
              <div className="flex items-baseline justify-between gap-3">
                <Link href={`/products/${item.ref}`} className="min-w-0 truncate font-medium text-slate-900 hover:text-brand-700">
                  {item.title}
                </Link>
                <span className="shrink-0 text-xs tabular-nums text-slate-500">{countLabel(item.consumers, "consumer")}</span>
              </div>
              <ul className="space-y-1">
                {item.reasons.map((reason) => (
                  <Reason key={reason.kind} reason={reason} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="px-5 py-4 text-sm text-slate-500">Nothing needs attention: every product meets its SLOs and error-level policies.</p>
      )}
    </Card>
  );
}
