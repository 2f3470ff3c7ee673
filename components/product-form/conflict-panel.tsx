"use client";

import { useState } from "react";
import { diffSpecs } from "@/lib/spec/diff";
import type { ConflictDetails } from "@/lib/catalog/product-form-result";
import type { DataProductSpec } from "@/lib/spec/schema";
import { Button } from "@/components/ui/button";
import { SpecChanges } from "./spec-changes";

/**
 * Someone saved since this form opened. Shows what they changed and what the user changed, and
 * offers two deliberate ways on: take theirs and lay these changes over it, or overwrite knowingly.
 */
export function ConflictPanel({
  conflict,
  base,
  mine,
  openedVersion,
  pending,
  onReapply,
  onOverwrite,
}: {
  conflict: ConflictDetails;
  base: DataProductSpec;
  mine: DataProductSpec;
  openedVersion: number;
  pending: boolean;
  onReapply: () => void;
  onOverwrite: () => void;
}) {
  const [confirmed, setConfirmed] = useState(false);
  const theirs = diffSpecs(base, conflict.theirs);
  const yours = diffSpecs(base, mine);
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded-xl border border-amber-300 bg-amber-50 p-5 text-sm text-amber-950">
      <h2 id="conflict-title" className="text-base font-semibold">
        Someone else saved this product while you were editing
      </h2>
      <p className="mt-1">
        You opened version {openedVersion}; it is now version {conflict.currentVersion}
        {conflict.changedBy ? `, saved by ${conflict.changedBy}` : ""}. Nothing was overwritten and your changes are still in the form.
      </p>
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="rounded-lg bg-white p-3 ring-1 ring-amber-200">
          <h3 className="mb-1 font-semibold text-slate-900">What they changed</h3>
          <SpecChanges changes={theirs} empty="Nothing in the spec (only its stored version moved)." />
        </div>
        <div className="rounded-lg bg-white p-3 ring-1 ring-amber-200">
          <h3 className="mb-1 font-semibold text-slate-900">What you changed</h3>
          <SpecChanges changes={yours} empty="Nothing yet." />
        </div>
      </div>
      <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="button" onClick={onReapply} disabled={pending}>
          Load their version and reapply my changes
        </Button>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} className="size-4 rounded border-amber-400" />
            I have read their changes and want to replace them
          </label>
          <Button type="button" variant="secondary" onClick={onOverwrite} disabled={!confirmed || pending}>
            Overwrite with my version
          </Button>
        </div>
      </div>
    </section>
  );
}
