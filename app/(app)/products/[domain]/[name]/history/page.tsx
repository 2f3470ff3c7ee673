import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/catalog/errors";
import { getVersionSpecs, listProductVersionsOrThrow } from "@/lib/catalog/product-form-versions";
import { breakingChanges, diffSpecs } from "@/lib/spec/diff";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SpecChanges } from "@/components/product-form/spec-changes";
import { VersionList } from "./version-list";

type Props = { params: Promise<{ domain: string; name: string }>; searchParams: Promise<{ from?: string; to?: string }> };

async function load(domain: string, name: string) {
  try {
    return await listProductVersionsOrThrow(prisma, domain, name);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, name } = await params;
  return { title: `History of ${domain}/${name}` };
}

const pick = (value: string | undefined, known: Set<number>, fallback: number | undefined) => {
  const number = Number(value);
  return known.has(number) ? number : fallback;
};

export default async function ProductHistoryPage({ params, searchParams }: Props) {
  const { domain, name } = await params;
  const query = await searchParams;
  const ref = `${domain}/${name}`;
  const { title, versions } = await load(domain, name);
  const known = new Set(versions.map((row) => row.version));
  const to = pick(query.to, known, versions[0]?.version);
  const from = pick(query.from, known, versions.find((row) => to !== undefined && row.version < to)?.version);
  const specs = from !== undefined && to !== undefined ? await getVersionSpecs(prisma, domain, name, [from, to]) : new Map();
  const changes = from !== undefined && to !== undefined ? diffSpecs(specs.get(from), specs.get(to)) : [];
  const breaking = from !== undefined && to !== undefined ? breakingChanges(specs.get(from), specs.get(to)) : [];
  const label = (version: number) => {
    const row = versions.find((item) => item.version === version);
    return row ? `Version ${row.version} (v${row.semanticVersion}, ${row.changeKind.toLowerCase()})` : String(version);
  };

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={
          <Link href={`/products/${ref}`} className="hover:underline">
            {ref}
          </Link>
        }
        title={`History of ${title}`}
        description="Every save is a version with its author and full spec. Compare any two."
        actions={
          <Link href={`/products/${ref}/edit`} className="rounded-lg px-3.5 py-2 text-sm font-semibold text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Edit
          </Link>
        }
      />
      {versions.length === 0 ? (
        <EmptyState title="No saved versions yet" />
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
          <VersionList versions={versions} from={from} to={to} />
          <Card>
            <CardHeader title="Compare versions" description={from !== undefined && to !== undefined ? `${label(from)} → ${label(to)}` : "Only one version so far: nothing to compare."} />
            {versions.length > 1 && (
              <form method="get" className="flex flex-wrap items-end gap-3 border-b border-slate-100 px-5 py-4">
                {(["from", "to"] as const).map((side) => (
                  <div key={side}>
                    <label htmlFor={`compare-${side}`} className="block text-sm font-medium text-slate-700">
                      {side === "from" ? "From" : "To"}
                    </label>
                    <select id={`compare-${side}`} name={side} defaultValue={side === "from" ? from : to} className="mt-1 rounded-lg border-0 py-2 pl-3 pr-8 text-sm ring-1 ring-inset ring-slate-300">
                      {versions.map((row) => (
                        <option key={row.version} value={row.version}>
                          {row.version} · v{row.semanticVersion}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
                <button type="submit" className="rounded-lg bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-brand-700">
                  Compare
                </button>
              </form>
            )}
            <div className="space-y-4 p-5">
              {breaking.length > 0 && (
                <div className="rounded-lg bg-rose-50 p-3 text-sm text-rose-900 ring-1 ring-rose-200">
                  <p className="font-semibold">Breaking for consumers</p>
                  <ul className="mt-1 list-disc pl-5">
                    {breaking.map((change) => (
                      <li key={change.path}>{change.message}</li>
                    ))}
                  </ul>
                </div>
              )}
              <SpecChanges changes={changes} empty={from === undefined ? "Save a change to see what it did." : from === to ? "Pick two different versions." : "The two versions have the same spec."} />
            </div>
          </Card>
        </div>
      )}
    </div>
  );
}
