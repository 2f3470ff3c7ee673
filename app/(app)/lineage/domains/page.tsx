import type { Metadata } from "next";
import Link from "next/link";
import { DomainMapGraph } from "@/components/lineage/domain-map-graph";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { prisma } from "@/lib/db/prisma";
import { getDomainMap } from "@/lib/lineage/domain-map";

export const metadata: Metadata = { title: "Domain map" };

export default async function DomainMapPage() {
  const { domains, connections } = await getDomainMap(prisma);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/lineage" className="hover:underline">Lineage</Link>}
        title="Domain map"
        description="How data flows between domains: an arrow's width is the number of product edges from one domain to the other."
      />
      {domains.length === 0 ? (
        <EmptyState title="No domains yet" />
      ) : (
        <div className="space-y-6">
          <DomainMapGraph domains={domains} connections={connections} />
          <Card>
            <CardHeader title="Connections" description={`${connections.length} domain pairs, heaviest first`} />
            <div className="max-h-96 overflow-y-auto">
              <table className="w-full text-left text-sm">
                <thead className="sticky top-0 bg-slate-50 text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="px-5 py-2">From domain</th>
                    <th scope="col" className="px-3 py-2">To domain</th>
                    <th scope="col" className="px-5 py-2 text-right">Product edges</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {connections.map((row) => (
                    <tr key={`${row.from}>${row.to}`}>
                      <td className="px-5 py-2"><Link href={`/domains/${row.from}`} className="text-brand-700 hover:underline">{row.fromName}</Link></td>
                      <td className="px-3 py-2"><Link href={`/domains/${row.to}`} className="text-brand-700 hover:underline">{row.toName}</Link></td>
                      <td className="px-5 py-2 text-right tabular-nums">{row.edges.toLocaleString("en-US")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </div>
      )}
    </>
  );
}
