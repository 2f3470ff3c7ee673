"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import type { DomainPolicyView } from "@/lib/catalog/governance-domain-policies";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { DomainPolicyForm } from "./domain-policy-form";
import { RecomputeProgress } from "./recompute-progress";

/** The domain's rules with switch and delete, the add form, and the progress of the recompute each change starts. */
export function DomainPolicyManager({ domain, policies, canManage }: { domain: string; policies: DomainPolicyView[]; canManage: boolean }) {
  const router = useRouter();
  const [jobId, setJobId] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useCallback(() => router.refresh(), [router]);

  async function change(code: string, method: "PUT" | "DELETE", body?: object) {
    setProblem(null);
    const response = await fetch(`/api/v1/governance/domains/${domain}/policies/${code}`, {
      method,
      headers: body ? { "Content-Type": "application/json" } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    const result = await response.json();
    if (!response.ok) return setProblem(result.error?.message ?? "The change was refused.");
    setJobId(result.jobId);
    router.refresh();
  }

  return (
    <div className="space-y-6">
      {jobId !== null && <RecomputeProgress key={jobId} jobId={jobId} onDone={refresh} />}
      {problem && (
        <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {problem}
        </p>
      )}
      <Card>
        <CardHeader title="Domain policies" description="Checked after the global set, on every save and after every change here." />
        {policies.length ? (
          <ul className="divide-y divide-slate-100">
            {policies.map(({ rule, enabled, title }) => (
              <li key={rule.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2">
                    <a href={`/governance/policies/${rule.id}?domain=${domain}`} className="font-mono text-sm font-semibold text-brand-700 hover:underline">
                      {rule.id}
                    </a>
                    <Badge tone={rule.severity === "error" ? "red" : "amber"}>{rule.severity}</Badge>
                    {!enabled && <Badge>off</Badge>}
                  </div>
                  <p className="mt-0.5 text-sm text-slate-700">{title}</p>
                  {rule.description && <p className="text-xs text-slate-500">{rule.description}</p>}
                </div>
                {canManage && (
                  <div className="flex gap-2">
                    <button type="button" onClick={() => change(rule.id, "PUT", { enabled: !enabled })} className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
                      {enabled ? "Switch off" : "Switch on"}
                    </button>
                    <button
                      type="button"
                      onClick={() => window.confirm(`Delete ${rule.id}? Scores are recomputed without it.`) && change(rule.id, "DELETE")}
                      className="rounded-lg px-3 py-1.5 text-sm font-medium text-rose-700 ring-1 ring-inset ring-rose-200 hover:bg-rose-50"
                    >
                      Delete
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-5 py-6 text-sm text-slate-500">This domain has no policies of its own; its products are checked against the global set only.</p>
        )}
      </Card>
      {canManage ? (
        <Card>
          <CardHeader title="Add a policy" description="Domain policies add to the global set; a rule that would weaken it is refused with the reason." />
          <DomainPolicyForm domain={domain} onQueued={(id) => { setJobId(id); router.refresh(); }} />
        </Card>
      ) : (
        <p className="text-sm text-slate-600">Governance leads and this domain&apos;s owners and maintainers can add and change its policies.</p>
      )}
    </div>
  );
}
