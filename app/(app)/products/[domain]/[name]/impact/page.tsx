import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImpactControls } from "@/components/lineage/impact-controls";
import { ImpactGroups } from "@/components/lineage/impact-groups";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/catalog/errors";
import { prisma } from "@/lib/db/prisma";
import { getImpact } from "@/lib/lineage/impact";
import { impactQuerySchema, MAX_DEPTH } from "@/lib/lineage/params";

type Props = { params: Promise<{ domain: string; name: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, name } = await params;
  return { title: `Impact of ${domain}/${name}` };
}

export default async function ImpactPage({ params, searchParams }: Props) {
  const { domain, name } = await params;
  const raw = await searchParams;
  const parsed = impactQuerySchema.safeParse({ depth: typeof raw.depth === "string" ? raw.depth : undefined, field: typeof raw.field === "string" && raw.field ? raw.field : undefined });
  const query = parsed.success ? parsed.data : { depth: 3 };
  let report;
  try {
    report = await getImpact(prisma, domain, name, query);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    // An unknown field is a mistake in the link, not a missing product: fall back to product level.
    if (!query.field) notFound();
    report = null;
  }
  if (!report) {
    return (
      <EmptyState title={`${domain}/${name} has no field “${query.field}”`} action={<Link className="text-sm font-semibold text-brand-700 hover:underline" href={`/products/${domain}/${name}/impact`}>Analyse the whole product →</Link>} />
    );
  }
  const csv = `/api/v1/data-products/${domain}/${name}/impact?depth=${report.depth}${report.field ? `&field=${encodeURIComponent(report.field)}` : ""}&format=csv`;
  const inactive = report.groups.flatMap((group) => group.products).filter((item) => !item.active).length;
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/products/${domain}/${name}`} className="hover:underline">{report.product.title}</Link>}
        title="Impact analysis"
        description={`Who breaks if ${report.product.ref}${report.field ? `’s field ${report.field}` : ""} changes: every product downstream within ${report.depth} hop${report.depth === 1 ? "" : "s"}, with its owners and the path that connects it.`}
        actions={
          <>
            <Link href={`/lineage?focus=${domain}/${name}&up=0&down=${Math.min(report.depth, 3)}`} className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">View graph</Link>
            <a href={csv} download className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700">Download CSV</a>
          </>
        }
      />
      <ImpactControls depth={report.depth} field={report.field} fields={report.product.fields} />
      <div className="mb-4 space-y-2" role="status">
        {report.depthClamped && <p className="rounded-lg bg-amber-50 px-4 py-2 text-sm text-amber-900">Depth is limited to {MAX_DEPTH} hops; showing {MAX_DEPTH}.</p>}
        {report.field && (
          <p className="rounded-lg bg-sky-50 px-4 py-2 text-sm text-sky-900">
            Field-level: direct readers are kept when their input port lists <span className="font-mono">{report.field}</span> in usesFields.
            {report.productLevelFallback && " Some readers do not declare the fields they use: they are included at product level and marked so."}
            {" "}Further hops are at product level.
          </p>
        )}
        {report.truncated && (
          <p className="rounded-lg bg-amber-50 px-4 py-2 text-sm text-amber-900">
            More than {report.total.toLocaleString("en-US")} products are downstream: the list shows the nearest {report.total.toLocaleString("en-US")}, ordered by distance.
          </p>
        )}
      </div>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Direct readers", report.directConsumers],
          ["Impacted products", report.truncated ? `${report.total.toLocaleString("en-US")}+` : report.total],
          ["Domains", report.groups.length],
          ["Not active", inactive],
        ].map(([label, value]) => (
          <div key={label} className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-xs font-medium text-slate-500">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{typeof value === "number" ? value.toLocaleString("en-US") : value}</dd>
          </div>
        ))}
      </dl>
      {report.total === 0 ? (
        <EmptyState title="Nothing downstream">
          {report.field ? `No product declares that it reads ${report.field}, and every direct reader declares its fields.` : "No product reads this one yet: changing it breaks nobody."}
        </EmptyState>
      ) : (
        <ImpactGroups groups={report.groups} />
      )}
    </>
  );
}
