import Link from "next/link";
import type { VersionSummary } from "@/lib/catalog/product-form-versions";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";

const KIND_TONE: Record<VersionSummary["changeKind"], BadgeTone> = {
  CREATED: "green",
  UPDATED: "brand",
  IMPORTED: "violet",
  DEPRECATED: "amber",
  RETIRED: "red",
  REACTIVATED: "green",
};

export function VersionList({ versions, from, to }: { versions: VersionSummary[]; from?: number; to?: number }) {
  return (
    <Card>
      <CardHeader title={`${versions.length} version${versions.length === 1 ? "" : "s"}`} />
      <ol className="divide-y divide-slate-100" aria-label="Versions, newest first">
        {versions.map((row, index) => {
          const previous = versions[index + 1];
          const selected = row.version === from || row.version === to;
          return (
            <li key={row.version} className={`px-5 py-3 text-sm ${selected ? "bg-brand-50/60" : ""}`}>
              <div className="flex items-center justify-between gap-2">
                <span className="font-semibold text-slate-900">
                  Version {row.version} <span className="font-normal text-slate-500">v{row.semanticVersion}</span>
                </span>
                <Badge tone={KIND_TONE[row.changeKind]}>{row.changeKind.toLowerCase()}</Badge>
              </div>
              <p className="mt-0.5 text-slate-600">
                {row.author ?? "System"} · <time dateTime={row.createdAt.toISOString()}>{row.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
              </p>
              {row.summary && <p className="mt-0.5 text-slate-700">{row.summary}</p>}
              {previous && (
                <Link href={`?from=${previous.version}&to=${row.version}`} className="mt-1 inline-block text-xs font-medium text-brand-700 hover:underline">
                  Changes from version {previous.version}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
