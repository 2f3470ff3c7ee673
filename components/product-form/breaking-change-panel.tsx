"use client";

import Link from "next/link";
import type { VersionSuggestion } from "@/lib/spec/diff";
import type { EditableProduct } from "@/lib/catalog/product-form-load";
import { StatusBadge } from "@/components/catalog/badges";
import { Button } from "@/components/ui/button";

/** Shown while an edit breaks consumers: what breaks, who reads the product, and the major bump to declare. */
export function BreakingChangePanel({ suggestion, downstream, onApply }: { suggestion: VersionSuggestion; downstream: EditableProduct["downstream"]; onApply: (version: string) => void }) {
  return (
    <section aria-labelledby="breaking-title" className="rounded-xl border border-rose-200 bg-rose-50 p-5 text-sm text-rose-950">
      <h2 id="breaking-title" className="text-base font-semibold">
        This change breaks consumers
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {suggestion.breaking.map((change) => (
          <li key={`${change.kind}:${change.path}`}>{change.message}</li>
        ))}
      </ul>
      {suggestion.satisfied ? (
        <p className="mt-3">The version is bumped to a new major version, as it should be.</p>
      ) : (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <p>
            Breaking changes call for a new major version: <span className="font-mono font-semibold">{suggestion.version}</span>.
          </p>
          <Button type="button" variant="secondary" onClick={() => onApply(suggestion.version)}>
            Use version {suggestion.version}
          </Button>
        </div>
      )}
      <h3 className="mt-4 font-semibold">
        {downstream.length ? `${downstream.length} downstream product${downstream.length === 1 ? "" : "s"} affected` : "No product reads this one yet"}
      </h3>
      {downstream.length > 0 && (
        <ul className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
          {downstream.map((product) => (
            <li key={product.ref} className="flex items-center gap-2">
              <Link href={`/products/${product.ref}`} className="truncate font-medium text-rose-900 underline">
                {product.title}
              </Link>
              <StatusBadge status={product.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
