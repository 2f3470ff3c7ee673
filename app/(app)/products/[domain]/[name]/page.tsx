import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCaller } from "@/lib/auth/caller";
import { canEditProduct } from "@/lib/auth/permissions";
import { findDeletedProduct } from "@/lib/catalog/deleted-products";
import { NotFoundError } from "@/lib/catalog/errors";
import { fromDbClassification, fromDbSloKind, fromDbStatus } from "@/lib/catalog/enum-mapping";
import { getProductPageOrThrow, isHiddenFrom } from "@/lib/catalog/product-page";
import { prisma } from "@/lib/db/prisma";
import { DeletedProduct } from "@/components/product-page/deleted-product";
import { EmptyState } from "@/components/ui/empty-state";
import { MarkdownDescription } from "@/components/product-page/markdown-description";
import { OutputPorts } from "@/components/product-page/output-ports";
import { ProductActions } from "@/components/product-page/product-actions";
import { SloSparkline } from "@/components/product-page/slo-sparkline";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Cell, Table } from "@/components/ui/table";
import { ClassificationBadge, ScoreBadge, SloStateBadge, StatusBadge } from "@/components/catalog/badges";

type Props = { params: Promise<{ domain: string; name: string }> };

/** The product, or what is kept of it when it was deleted; any other missing address is a 404. */
async function load(domain: string, name: string) {
  try {
    return { product: await getProductPageOrThrow(domain, name) };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const deleted = await findDeletedProduct(prisma, domain, name);
    if (!deleted) notFound();
    return { deleted };
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, name } = await params;
  const [{ product, deleted }, caller] = await Promise.all([load(domain, name), getCaller()]);
  if (!product) return { title: `Deleted: ${deleted.title ?? deleted.ref}` };
  return { title: isHiddenFrom(caller, product.record) ? "Restricted data product" : product.record.title };
}

export default async function ProductPage({ params }: Props) {
  const { domain, name } = await params;
  const [{ product, deleted }, caller] = await Promise.all([load(domain, name), getCaller()]);
  if (!product) return <DeletedProduct notice={deleted} />;
  const { record, spec, sloSeries, violations } = product;
  if (isHiddenFrom(caller, record)) {
    return (
      <EmptyState
        title="This data product is restricted"
        titleAs="h1"
        action={
          <Link href={`/teams/${record.owningTeam.slug}`} className="text-sm font-semibold text-brand-700 hover:underline">
            Ask {record.owningTeam.name} for access →
          </Link>
        }
      >
        Only its owning team and governance leads can read restricted products.
      </EmptyState>
    );
  }
  const canEdit = caller ? canEditProduct(caller, { owningTeamId: record.owningTeamId, domainOwningTeamId: record.domain.owningTeamId }) : false;
  const status = fromDbStatus(record.status);
  const ref = `${record.domain.slug}/${record.name}`;
  const fields = spec.spec.schema?.fields ?? [];

  return (
    <div className="space-y-6">
      {status === "deprecated" && (
        <div role="note" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          <p className="font-semibold">
            Deprecated{record.sunsetDate ? `: retired after ${record.sunsetDate.toISOString().slice(0, 10)}` : ""}
          </p>
          {record.deprecationMessage && <p className="mt-1">{record.deprecationMessage}</p>}
          {record.replacementRef && (
            <p className="mt-1">
              Replacement:{" "}
              <Link href={`/products/${record.replacementRef}`} className="font-medium underline">
                {record.replacementRef}
              </Link>
            </p>
          )}
        </div>
      )}

      <header className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            <Link href={`/domains/${record.domain.slug}`} className="hover:underline">
              {record.domain.name}
            </Link>{" "}
            / <span className="font-mono">{record.name}</span>
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">{record.title}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <StatusBadge status={status} />
            <Badge>v{record.semanticVersion}</Badge>
            <ClassificationBadge classification={record.classification ? fromDbClassification(record.classification) : null} />
            <SloStateBadge state={record.sloState} />
            {record.tags.map((tag) => (
              <Badge key={tag} tone="brand">
                #{tag}
              </Badge>
            ))}
          </div>
          <div className="mt-4">
            <ProductActions refPath={ref} canEdit={canEdit} />
          </div>
        </div>
        <Card className="shrink-0 p-4 lg:w-80">
          <div className="flex items-center justify-between">
            <span className="text-sm font-medium text-slate-600">Governance score</span>
            <ScoreBadge score={record.governanceScore} />
          </div>
          <dl className="mt-3 space-y-1 text-sm">
            <div className="flex justify-between gap-2">
              <dt className="text-slate-500">Team</dt>
              <dd>
                <Link href={`/teams/${record.owningTeam.slug}`} className="text-brand-700 hover:underline">
                  {record.owningTeam.name}
                </Link>
              </dd>
            </div>
            {record.owner && (
              <div className="flex justify-between gap-2">
                <dt className="text-slate-500">Owner</dt>
                <dd>{record.owner.name}</dd>
              </div>
            )}
            {record.contactEmail && (
              <div className="flex justify-between gap-2">
                <dt className="text-slate-500">Email</dt>
                <dd className="truncate">
                  <a href={`mailto:${record.contactEmail}`} className="text-brand-700 hover:underline">
                    {record.contactEmail}
                  </a>
                </dd>
              </div>
            )}
            {record.chatChannel && (
              <div className="flex justify-between gap-2">
                <dt className="text-slate-500">Chat</dt>
                <dd>{record.chatChannel}</dd>
              </div>
            )}
          </dl>
        </Card>
      </header>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Overview" />
            <div className="p-5">
              <MarkdownDescription source={record.description} />
            </div>
          </Card>

          <OutputPorts ports={record.outputPorts} />

          <Card>
            <CardHeader title="Schema" description={`${fields.length} fields${record.schemaType ? ` · ${record.schemaType}` : ""}`} />
            <Table columns={["Field", "Type", "Description", "Flags"]}>
              {fields.map((field) => (
                <tr key={field.name}>
                  <Cell className="font-mono text-xs text-slate-900">{field.name}</Cell>
                  <Cell>{field.type}</Cell>
                  <Cell>{field.description ?? <span className="text-slate-400">—</span>}</Cell>
                  <Cell className="space-x-1 whitespace-nowrap">
                    {field.pii && <Badge tone="red">PII</Badge>}
                    {field.pii === undefined && <Badge tone="amber">PII unknown</Badge>}
                    {field.required && <Badge>required</Badge>}
                  </Cell>
                </tr>
              ))}
            </Table>
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <CardHeader title="Governance" description={`${record.errorCount} errors · ${record.warningCount} warnings`} />
            <ul aria-label="Governance findings" className="divide-y divide-slate-100">
              {violations.map((result, index) => (
                <li key={`${result.policyId}-${index}`} className="px-5 py-3 text-sm">
                  <div className="flex items-center gap-2">
                    <Badge tone={result.severity === "error" ? "red" : "amber"}>{result.policyId}</Badge>
                    <span className="font-mono text-xs text-slate-500">{result.path}</span>
                  </div>
                  <p className="mt-1 text-slate-800">{result.message}</p>
                  <p className="mt-0.5 text-slate-500">Fix: {result.remediation}</p>
                </li>
              ))}
              {violations.length === 0 && <li className="px-5 py-3 text-sm text-emerald-700">Meets every policy.</li>}
            </ul>
          </Card>

          <Card>
            <CardHeader title="SLOs" />
            <ul className="divide-y divide-slate-100">
              {record.slos.map((slo) => (
                <li key={slo.id} className="space-y-1 px-5 py-3 text-sm">
                  <div className="flex items-center justify-between gap-2">
                    <span className="font-medium capitalize">{fromDbSloKind(slo.kind)}</span>
                    <SloStateBadge state={slo.state} single />
                  </div>
                  <div className="flex items-center justify-between gap-2 text-slate-600">
                    <span>
                      target {slo.target}
                      {slo.compliance !== null && <> · {Math.round(slo.compliance * 1000) / 10}% of 30 days met</>}
                    </span>
                    <SloSparkline days={sloSeries.get(slo.id) ?? []} label={`${fromDbSloKind(slo.kind)} over 30 days`} />
                  </div>
                  {slo.measurement && <p className="text-xs text-slate-500">measured as {slo.measurement}</p>}
                </li>
              ))}
              {record.slos.length === 0 && <li className="px-5 py-3 text-sm text-slate-500">No SLO declared.</li>}
            </ul>
          </Card>

          <Card>
            <CardHeader title="Quality checks" />
            <ul className="divide-y divide-slate-100">
              {record.qualityChecks.map((check) => (
                <li key={check.id} className="px-5 py-2.5 text-sm">
                  <span className="font-medium">{check.type.replace(/_/g, " ")}</span>
                  {check.columns.length > 0 && <span className="font-mono text-xs text-slate-600"> on {check.columns.join(", ")}</span>}
                  {check.threshold && <span className="text-slate-500"> · threshold {check.threshold}</span>}
                  {(check.min !== null || check.max !== null) && <span className="text-slate-500"> · range {check.min ?? "−∞"}…{check.max ?? "∞"}</span>}
                  {check.description && <p className="text-xs text-slate-500">{check.description}</p>}
                </li>
              ))}
              {record.qualityChecks.length === 0 && <li className="px-5 py-3 text-sm text-slate-500">No quality check declared.</li>}
            </ul>
          </Card>

          <Card>
            <CardHeader
              title="Lineage"
              description="Direct upstream and downstream"
              action={
                <Link href={`/lineage?focus=${ref}`} className="text-sm font-medium text-brand-700 hover:underline">
                  Full graph →
                </Link>
              }
            />
            <div className="space-y-3 p-5 text-sm">
              <div>
                <h3 className="text-xs font-semibold uppercase text-slate-500">Reads from</h3>
                <ul className="mt-1 space-y-1">
                  {record.upstreamEdges.map((edge, index) =>
                    edge.upstreamProduct ? (
                      <li key={index}>
                        <Link href={`/products/${edge.upstreamProduct.domain.slug}/${edge.upstreamProduct.name}`} className="text-brand-700 hover:underline">
                          {edge.upstreamProduct.title}
                        </Link>{" "}
                        {edge.crossDomain && <Badge tone="violet">cross-domain</Badge>}{" "}
                        {fromDbStatus(edge.upstreamProduct.status) !== "active" && <StatusBadge status={fromDbStatus(edge.upstreamProduct.status)} />}
                      </li>
                    ) : (
                      <li key={index} className="text-slate-600">
                        {edge.sourceSystem?.name} <Badge>source system</Badge>
                      </li>
                    ),
                  )}
                  {record.upstreamEdges.length === 0 && <li className="text-slate-500">Nothing registered.</li>}
                </ul>
              </div>
              <div>
                <h3 className="text-xs font-semibold uppercase text-slate-500">Read by ({record.consumerCount})</h3>
                <ul className="mt-1 space-y-1">
                  {record.downstreamEdges.map((edge) => (
                    <li key={`${edge.downstreamProduct.domain.slug}/${edge.downstreamProduct.name}`}>
                      <Link href={`/products/${edge.downstreamProduct.domain.slug}/${edge.downstreamProduct.name}`} className="text-brand-700 hover:underline">
                        {edge.downstreamProduct.title}
                      </Link>{" "}
                      {edge.crossDomain && <Badge tone="violet">cross-domain</Badge>}
                    </li>
                  ))}
                  {record.downstreamEdges.length === 0 && <li className="text-slate-500">No consumers yet.</li>}
                </ul>
              </div>
            </div>
          </Card>

          <Card>
            <CardHeader
              title="History"
              action={
                <Link href={`/products/${ref}/history`} className="text-sm font-medium text-brand-700 hover:underline">
                  All changes →
                </Link>
              }
            />
            <ol className="divide-y divide-slate-100">
              {record.versions.map((version) => (
                <li key={version.version} className="px-5 py-2 text-sm">
                  <span className="font-medium">v{version.semanticVersion}</span>{" "}
                  <span className="text-slate-500">
                    · {version.changeKind.toLowerCase()} {version.createdAt.toISOString().slice(0, 10)} by {version.author?.name ?? "Meshwork"}
                  </span>
                  {version.summary && <p className="text-slate-600">{version.summary}</p>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
      <p className="text-xs text-slate-400">
        Address: <span className="font-mono">{ref}</span>
      </p>
    </div>
  );
}
