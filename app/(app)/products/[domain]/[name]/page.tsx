import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/catalog/errors";
import { fromDbClassification, fromDbSloKind, fromDbStatus } from "@/lib/catalog/enum-mapping";
import { getProductPageOrThrow } from "@/lib/catalog/product-page";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ClassificationBadge, ScoreBadge, SloStateBadge, StatusBadge } from "@/components/catalog/badges";

type Props = { params: Promise<{ domain: string; name: string }> };

async function load(domain: string, name: string) {
  try {
    return await getProductPageOrThrow(domain, name);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, name } = await params;
  return { title: (await load(domain, name)).record.title };
}

export default async function ProductPage({ params }: Props) {
  const { domain, name } = await params;
  const { record } = await load(domain, name);
  const status = fromDbStatus(record.status);
  const ref = `${record.domain.slug}/${record.name}`;

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

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Overview" />
            <p className="whitespace-pre-line p-5 text-sm leading-6 text-slate-700">{record.description ?? "No description yet."}</p>
          </Card>

          <Card>
            <CardHeader title="Output ports" description="How to read this product" />
            <ul className="divide-y divide-slate-100">
              {record.outputPorts.map((port) => (
                <li key={port.name} className="px-5 py-3 text-sm">
                  <div className="flex items-center gap-2">
                    <span className="font-medium">{port.name}</span>
                    <Badge>{port.technology}</Badge>
                    {port.format && <Badge tone="violet">{port.format}</Badge>}
                  </div>
                  <code className="mt-1 block break-all font-mono text-xs text-slate-600">
                    {port.location ?? ([port.database, port.schemaName, port.tableName].filter(Boolean).join(".") || port.topic || "no location given")}
                  </code>
                </li>
              ))}
              {record.outputPorts.length === 0 && <li className="px-5 py-3 text-sm text-slate-500">No output port: consumers cannot read this product yet.</li>}
            </ul>
          </Card>

          <Card>
            <CardHeader title="Schema" description={`${record.fields.length} fields${record.schemaType ? ` · ${record.schemaType}` : ""}`} />
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-50 text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="px-5 py-2">Field</th>
                    <th scope="col" className="px-3 py-2">Type</th>
                    <th scope="col" className="px-3 py-2">Description</th>
                    <th scope="col" className="px-3 py-2">Flags</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {record.fields.map((field) => (
                    <tr key={field.name}>
                      <td className="px-5 py-2 font-mono text-xs">{field.name}</td>
                      <td className="px-3 py-2 text-slate-600">{field.type}</td>
                      <td className="px-3 py-2 text-slate-600">{field.description ?? <span className="text-slate-400">—</span>}</td>
                      <td className="space-x-1 px-3 py-2 whitespace-nowrap">
                        {field.pii && <Badge tone="red">PII</Badge>}
                        {field.pii === null && <Badge tone="amber">PII unknown</Badge>}
                        {field.required && <Badge>required</Badge>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <CardHeader title="Governance" description={`${record.errorCount} errors · ${record.warningCount} warnings`} />
            <ul className="divide-y divide-slate-100">
              {record.governanceResults.map((result) => (
                <li key={result.id} className="px-5 py-3 text-sm">
                  <div className="flex items-center gap-2">
                    <Badge tone={result.severity === "ERROR" ? "red" : "amber"}>{result.policyId}</Badge>
                    <span className="font-mono text-xs text-slate-500">{result.path}</span>
                  </div>
                  <p className="mt-1 text-slate-800">{result.message}</p>
                  <p className="mt-0.5 text-slate-500">Fix: {result.remediation}</p>
                </li>
              ))}
              {record.governanceResults.length === 0 && <li className="px-5 py-3 text-sm text-emerald-700">Meets every policy.</li>}
            </ul>
          </Card>

          <Card>
            <CardHeader title="SLOs" />
            <ul className="divide-y divide-slate-100">
              {record.slos.map((slo) => (
                <li key={slo.id} className="flex items-center justify-between px-5 py-3 text-sm">
                  <span className="capitalize">{fromDbSloKind(slo.kind)}</span>
                  <span className="text-slate-600">{slo.target}</span>
                  <SloStateBadge state={slo.state} single />
                </li>
              ))}
              {record.slos.length === 0 && <li className="px-5 py-3 text-sm text-slate-500">No SLO declared.</li>}
            </ul>
          </Card>

          <Card>
            <CardHeader title="Lineage" description="Direct upstream and downstream" />
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
            <CardHeader title="History" />
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
