"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { LifecycleTarget } from "@/lib/catalog/lifecycle";
import type { LifecycleResult } from "@/lib/catalog/product-form-result";
import type { LifecycleStatus } from "@/lib/spec/enums";
import type { DataProductSpec } from "@/lib/spec/schema";
import { Card, CardHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/product-form/form-fields";
import { deprecateAction, reactivateAction, retireAction } from "./actions";

type Deprecation = DataProductSpec["metadata"]["deprecation"];

/** Deprecate (with a notice to consumers), retire and reactivate; each is a version in the history. */
export function LifecyclePanel({ target, status, deprecation, mayRetire }: { target: LifecycleTarget; status: LifecycleStatus; deprecation: Deprecation; mayRetire: boolean }) {
  const router = useRouter();
  const [notice, setNotice] = useState({ sunsetDate: deprecation?.sunsetDate ?? "", message: deprecation?.message ?? "", replacement: deprecation?.replacement ?? "" });
  const [result, setResult] = useState<LifecycleResult | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok && "fieldErrors" in result ? Object.fromEntries(result.fieldErrors.map((error) => [error.path, error.message])) : {};

  const run = (action: () => Promise<LifecycleResult>) =>
    startTransition(async () => {
      const outcome = await action().catch((): LifecycleResult => ({ ok: false, error: "The server could not be reached; try again.", reason: "unexpected" }));
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });

  return (
    <Card>
      <CardHeader title="Lifecycle" description={`The product is ${status}. Every move is recorded in the history and announced on the product page.`} />
      <div className="space-y-5 p-5">
        {status === "active" && (
          <form
            aria-label="Deprecate"
            className="space-y-3"
            onSubmit={(event) => {
              event.preventDefault();
              run(() => deprecateAction(target, { sunsetDate: notice.sunsetDate, message: notice.message, ...(notice.replacement.trim() ? { replacement: notice.replacement.trim() } : {}) }));
            }}
          >
            <h3 className="text-sm font-semibold text-slate-900">Deprecate</h3>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <TextField label="Sunset date" type="date" path="metadata.deprecation.sunsetDate" value={notice.sunsetDate} error={errors["metadata.deprecation.sunsetDate"]} onChange={(sunsetDate) => setNotice({ ...notice, sunsetDate })} />
              <TextField
                label="Replacement product"
                path="metadata.deprecation.replacement"
                value={notice.replacement}
                placeholder="domain/name"
                hint="Optional."
                error={errors["metadata.deprecation.replacement"]}
                onChange={(replacement) => setNotice({ ...notice, replacement })}
              />
            </div>
            <TextArea label="Message to consumers" path="metadata.deprecation.message" rows={3} value={notice.message} error={errors["metadata.deprecation.message"]} onChange={(message) => setNotice({ ...notice, message })} />
            <Button type="submit" variant="secondary" disabled={pending}>
              Deprecate
            </Button>
          </form>
        )}
        <div className="flex flex-wrap gap-3">
          {(status === "active" || status === "deprecated") && (
            <Button type="button" variant="secondary" className="text-rose-700" disabled={pending || !mayRetire} onClick={() => run(() => retireAction(target))} title={mayRetire ? undefined : "Only the owning team's owners and maintainers can retire it"}>
              Retire
            </Button>
          )}
          {(status === "deprecated" || status === "retired") && (
            <Button type="button" disabled={pending} onClick={() => run(() => reactivateAction(target))}>
              Reactivate
            </Button>
          )}
          {status === "draft" && <p className="text-sm text-slate-500">Publish the product first; a draft has no consumers to warn.</p>}
        </div>
        <div aria-live="polite" className="text-sm">
          {pending && <p className="text-slate-600">Working…</p>}
          {result?.ok && <p className="text-emerald-800">Done: now version {result.version}.</p>}
          {result && !result.ok && (
            <div role="alert" className="rounded-lg bg-rose-50 p-3 text-rose-900 ring-1 ring-rose-200">
              <p>{"message" in result ? result.message : result.error}</p>
              {"fieldErrors" in result && result.fieldErrors.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {result.fieldErrors.map((error) => (
                    <li key={error.path + error.message}>
                      <span className="font-mono text-xs">{error.path}</span>: {error.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      </div>
    </Card>
  );
}
