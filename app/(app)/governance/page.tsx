import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { getGovernanceSummary, type GovernanceFilter, type TrendPoint } from "@/lib/catalog/governance-summary";
import { governanceHref } from "@/lib/catalog/governance-links";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Cell, Table } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreBadge } from "@/components/catalog/badges";
import { StatTile } from "@/components/catalog/stat-tile";
import { FilterBar } from "@/components/governance/filter-bar";
import { ScoreHistogram } from "@/components/governance/score-histogram";
import { Sparkline } from "@/components/governance/sparkline";
import { TrendChart } from "@/components/governance/trend-chart";

export const metadata: Metadata = { title: "Governance dashboard" };

type Props = { searchParams: Promise<{ domain?: string; team?: string; range?: string }> };

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** "+2.4 vs 30 days ago", from the first point of the trend window. */
function delta(trend: TrendPoint[], pick: (point: TrendPoint) => number | null, now: number | null, days: number, format: (value: number) => string) {
  const then = trend.find((point) => pick(point) !== null);
  if (!then || now === null) return `no history for ${days} days`;
  const change = now - pick(then)!;
  return `${change >= 0 ? "+" : "−"}${format(Math.abs(change))} vs ${days} days ago`;
}

export default async function GovernancePage({ searchParams }: Props) {
  const params = await searchParams;
  const filter: GovernanceFilter = { domain: params.domain || undefined, team: params.team || undefined };
  const days = params.range === "90" ? 90 : 30;
  const [summary, domains, teams] = await Promise.all([
    getGovernanceSummary(prisma, filter),
    prisma.domain.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    prisma.team.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  // One point per day, newest last.
  const trend = summary.trend.slice(-days);
  const { mesh, kpis, slo } = summary;
  const list = (extra: Record<string, string | number | boolean | undefined> = {}) => governanceHref("/governance/products", filter, extra);
  const scope = [filter.domain && domains.find((domain) => domain.slug === filter.domain)?.name, filter.team && teams.find((team) => team.slug === filter.team)?.name].filter(Boolean).join(" · ");

  return (
    <>
      <PageHeader
        title="Governance"
        eyebrow={scope || "Whole mesh"}
        description="Scores are computed by code on every change: 100 − 10 per error − 2 per warning. Every number links to the products behind it; figures catch up with saves within 15 seconds."
        actions={
          <Link href="/governance/policies" className="rounded-lg bg-white px-3.5 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Policies
          </Link>
        }
      />
      <FilterBar action="/governance" domains={domains} teams={teams} value={{ ...filter, range: String(days) }} showRange />

      {mesh.products === 0 ? (
        <EmptyState title="No products match these filters">Pick another domain or team, or clear the filters.</EmptyState>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="kpi-heading">
            <h2 id="kpi-heading" className="sr-only">
              Mesh KPIs
            </h2>
            <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
              <StatTile label="Average score" value={mesh.averageScore ?? "—"} hint={delta(trend, (point) => point.averageScore, mesh.averageScore, days, (value) => value.toFixed(1))} href={list()} />
              <StatTile label="Domains onboarded" value={`${kpis.domainsOnboarded} of ${kpis.domainsTotal}`} hint="domains with at least one product" href="/domains" />
              <StatTile label="Products per domain" value={kpis.productsPerDomain ?? "—"} hint={`${mesh.products} products in all`} href={list()} />
              <StatTile label="SLO compliance" value={percent(kpis.sloCompliance)} hint={`${slo.breached} breached`} href={list({ slo: "breached" })} />
              <StatTile label="Documentation completeness" value={percent(kpis.documentationCompleteness)} hint={`${mesh.products - kpis.documentedProducts} not fully documented`} href={list({ documented: "false" })} />
              <StatTile label="Consumers per product" value={kpis.consumersPerProduct ?? "—"} hint="average downstream products" href={list()} />
              <StatTile label="Cross-domain products" value={kpis.crossDomainProducts} hint="read from another domain" href={list({ crossDomain: "true" })} />
              <StatTile label="Errors · warnings" value={`${mesh.errors} · ${mesh.warnings}`} hint="open violations" href={list({ withErrors: "true" })} />
            </dl>
          </section>

          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader title="Score distribution" description="Products per score band; click a bar for the list." />
              <div className="p-5">
                <ScoreHistogram buckets={mesh.distribution.map((bucket, band) => ({ ...bucket, href: list({ band }) }))} />
              </div>
            </Card>
            <Card>
              <CardHeader title={`Trends, last ${days} days`} description="Average score of the mesh, and the share of products meeting their SLOs." />
              <div className="space-y-4 p-5">
                <TrendChart title="Average governance score" data={trend.map((point) => ({ day: point.day, averageScore: point.averageScore }))} series={[{ key: "averageScore", label: "Average score", colour: "#4f46e5" }]} />
                {trend.some((point) => point.sloCompliance !== null) && (
                  <TrendChart
                    title="SLO compliance"
                    domain={[0, 1]}
                    data={trend.map((point) => ({ day: point.day, sloCompliance: point.sloCompliance }))}
                    series={[{ key: "sloCompliance", label: "Products meeting SLOs", colour: "#059669", format: "percent" }]}
                  />
                )}
              </div>
            </Card>
          </div>

          <Card>
            <CardHeader title="By domain" description="Worst average first; the sparkline is the domain's average score over 30 days." />
            <Table columns={["Domain", { label: "Products", align: "right" }, { label: "Errors", align: "right" }, { label: "Warnings", align: "right" }, { label: "Average score", align: "right" }, "30-day trend"]}>
              {summary.domains.map((row) => (
                <tr key={row.slug}>
                  <Cell>
                    <Link href={governanceHref("/governance", { ...filter, domain: row.slug })} className="font-medium text-brand-700 hover:underline">
                      {row.name}
                    </Link>
                  </Cell>
                  <Cell className="text-right tabular-nums">
                    <Link href={governanceHref("/governance/products", { ...filter, domain: row.slug })} className="hover:underline">{row.products}</Link>
                  </Cell>
                  <Cell className="text-right tabular-nums">
                    <Link href={governanceHref("/governance/products", { ...filter, domain: row.slug }, { withErrors: "true" })} className="hover:underline">{row.errors}</Link>
                  </Cell>
                  <Cell className="text-right tabular-nums">{row.warnings}</Cell>
                  <Cell className="text-right">{row.averageScore === null ? "—" : <ScoreBadge score={Math.round(row.averageScore)} />}</Cell>
                  <Cell className="py-1">
                    <Sparkline points={row.trend} label={`${row.name} average score over 30 days`} />
                  </Cell>
                </tr>
              ))}
            </Table>
          </Card>

          <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
            <Card>
              <CardHeader title="Most violated policies" description="Products with at least one violation." />
              {summary.topPolicies.length ? (
                <ul className="divide-y divide-slate-100">
                  {summary.topPolicies.map((row) => (
                    <li key={row.policyId}>
                      <Link href={governanceHref(`/governance/policies/${row.policyId}`, filter)} className="flex items-center justify-between px-5 py-2 text-sm hover:bg-slate-50">
                        <Badge tone={row.severity === "error" ? "red" : "amber"}>{row.policyId}</Badge>
                        <span className="tabular-nums text-slate-700">
                          {row.products} {row.products === 1 ? "product" : "products"}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="px-5 py-6 text-sm text-slate-500">No violations. Every product passes every policy.</p>
              )}
            </Card>
            <Card>
              <CardHeader title="Worst products" description="Lowest scores first." />
              <ul className="divide-y divide-slate-100">
                {summary.worstProducts.map((product) => (
                  <li key={product.ref}>
                    <Link href={`/products/${product.ref}`} className="flex items-center justify-between gap-3 px-5 py-2 text-sm hover:bg-slate-50">
                      <span className="min-w-0">
                        <span className="block truncate font-medium text-slate-900">{product.title}</span>
                        <span className="block truncate text-xs text-slate-500">
                          {product.ref} · {product.errors} errors · {product.warnings} warnings
                        </span>
                      </span>
                      <ScoreBadge score={product.score} />
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
            <Card>
              <CardHeader title="SLO compliance" description="Worst SLO of each product over 30 days." />
              <ul className="divide-y divide-slate-100 text-sm">
                {(
                  [
                    ["met", "Met", slo.met, "green"],
                    ["at-risk", "At risk", slo.atRisk, "amber"],
                    ["breached", "Breached", slo.breached, "red"],
                    ["none", "No measurements", slo.noData, "neutral"],
                  ] as const
                ).map(([key, label, count, tone]) => (
                  <li key={key}>
                    <Link href={list({ slo: key })} className="flex items-center justify-between px-5 py-2 hover:bg-slate-50">
                      <Badge tone={tone}>{label}</Badge>
                      <span className="tabular-nums text-slate-700">{count}</span>
                    </Link>
                  </li>
                ))}
              </ul>
              <p className="border-t border-slate-100 px-5 py-3 text-xs text-slate-500">
                {percent(kpis.sloCompliance)} of products with measurements meet their SLOs (at risk still meets).
              </p>
            </Card>
          </div>
        </div>
      )}
    </>
  );
}
