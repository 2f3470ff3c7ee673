import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Lineage" };

/** The domain-to-domain connections of the mesh, weighted by how many product edges cross them. */
export default async function LineagePage() {
  const connections = await prisma.$queryRaw<{ fromSlug: string; fromName: string; toSlug: string; toName: string; edges: bigint }[]>`
    SELECT ud."slug" AS "fromSlug", ud."name" AS "fromName", dd."slug" AS "toSlug", dd."name" AS "toName", count(*) AS edges
    FROM "lineage_edges" e
    JOIN "data_products" up ON up."id" = e."upstreamProductId" JOIN "domains" ud ON ud."id" = up."domainId"
    JOIN "data_products" down ON down."id" = e."downstreamProductId" JOIN "domains" dd ON dd."id" = down."domainId"
    WHERE e."crossDomain"
    GROUP BY 1, 2, 3, 4 ORDER BY edges DESC, 2, 4 LIMIT 200`;
  return (
    <>
      <PageHeader title="Lineage" description="How data flows between domains. Open a product to see its own upstream and downstream." />
      <Card>
        <CardHeader title="Cross-domain connections" description={`${connections.length} domain pairs`} />
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="px-5 py-2">From domain</th>
              <th scope="col" className="px-3 py-2">To domain</th>
              <th scope="col" className="px-3 py-2 text-right">Product edges</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {connections.map((row) => (
              <tr key={`${row.fromSlug}-${row.toSlug}`}>
                <td className="px-5 py-2">
                  <Link href={`/domains/${row.fromSlug}`} className="text-brand-700 hover:underline">{row.fromName}</Link>
                </td>
                <td className="px-3 py-2">
                  <Link href={`/domains/${row.toSlug}`} className="text-brand-700 hover:underline">{row.toName}</Link>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{Number(row.edges)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
