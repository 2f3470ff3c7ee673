import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreBadge } from "@/components/catalog/badges";

export const metadata: Metadata = { title: "Governance" };

export default async function GovernancePage() {
  const [byDomain, topPolicies] = await Promise.all([
    prisma.$queryRaw<{ slug: string; name: string; products: bigint; avgScore: number; errors: bigint; warnings: bigint }[]>`
      SELECT d."slug", d."name", count(p."id") AS products, coalesce(avg(p."governanceScore"), 0)::float AS "avgScore",
             coalesce(sum(p."errorCount"), 0) AS errors, coalesce(sum(p."warningCount"), 0) AS warnings
      FROM "domains" d LEFT JOIN "data_products" p ON p."domainId" = d."id" AND p."status" <> 'RETIRED'
      GROUP BY d."id" ORDER BY "avgScore" ASC, d."name"`,
    prisma.governanceResult.groupBy({ by: ["policyId", "severity"], _count: { _all: true }, orderBy: { _count: { policyId: "desc" } }, take: 10 }),
  ]);
  return (
    <>
      <PageHeader title="Governance" description="Scores are computed by code on every change: 100 − 10 per error − 2 per warning." />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Score by domain" />
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="px-5 py-2">Domain</th>
                <th scope="col" className="px-3 py-2 text-right">Products</th>
                <th scope="col" className="px-3 py-2 text-right">Errors</th>
                <th scope="col" className="px-3 py-2 text-right">Warnings</th>
                <th scope="col" className="px-3 py-2 text-right">Average score</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {byDomain.map((row) => (
                <tr key={row.slug}>
                  <td className="px-5 py-2">
                    <Link href={`/domains/${row.slug}`} className="text-brand-700 hover:underline">{row.name}</Link>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{Number(row.products)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{Number(row.errors)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{Number(row.warnings)}</td>
                  <td className="px-3 py-2 text-right">
                    <ScoreBadge score={Math.round(row.avgScore)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <CardHeader title="Most violated policies" />
          <ul className="divide-y divide-slate-100">
            {topPolicies.map((row) => (
              <li key={row.policyId} className="flex items-center justify-between px-5 py-2 text-sm">
                <Badge tone={row.severity === "ERROR" ? "red" : "amber"}>{row.policyId}</Badge>
                <span className="tabular-nums text-slate-600">{row._count._all} products</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
