"use client";

import type { EvaluationResult } from "@/lib/governance/evaluate";
import { ScoreBadge } from "@/components/catalog/badges";
import { focusPath } from "./focus-path";

/** The score and every violation of the draft as typed; the same engine the server applies on save. */
export function GovernancePreview({ result, publishing }: { result: EvaluationResult; publishing: boolean }) {
  return (
    <section aria-labelledby="governance-preview-title" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
        <div>
          <h2 id="governance-preview-title" className="text-sm font-semibold text-slate-900">
            Governance preview
          </h2>
          <p className="text-xs text-slate-500">Updates as you type{publishing ? ", judged as if published" : ""}.</p>
        </div>
        <div aria-live="polite" className="text-lg">
          <ScoreBadge score={result.score} />
        </div>
      </div>
      <p className="px-4 pt-3 text-sm text-slate-700" aria-live="polite">
        {result.errors === 0 && result.warnings === 0
          ? "No violations: ready to publish."
          : `${result.errors} error${result.errors === 1 ? "" : "s"}, ${result.warnings} warning${result.warnings === 1 ? "" : "s"}.`}
        {result.errors > 0 && <span className="block text-xs text-rose-700">Errors block publishing; a draft can still be saved.</span>}
      </p>
      <ul className="max-h-[60vh] space-y-2 overflow-auto p-4" aria-label="Governance violations">
        {result.violations.map((violation, index) => (
          <li key={`${violation.policyId}-${violation.path}-${index}`} className={`rounded-lg border p-3 text-sm ${violation.severity === "error" ? "border-rose-200 bg-rose-50/60" : "border-amber-200 bg-amber-50/60"}`}>
            <div className="flex items-center gap-2">
              <span className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold ${violation.severity === "error" ? "bg-rose-100 text-rose-800" : "bg-amber-100 text-amber-900"}`}>{violation.policyId}</span>
              <span className="text-xs uppercase tracking-wide text-slate-500">{violation.severity}</span>
            </div>
            <p className="mt-1 text-slate-800">{violation.message}</p>
            <p className="mt-1 text-xs text-slate-600">
              <span className="font-medium">Fix: </span>
              {violation.remediation}
            </p>
            {violation.path && (
              <button type="button" onClick={() => focusPath(violation.path)} className="mt-1 font-mono text-xs text-brand-700 hover:underline">
                {violation.path}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
