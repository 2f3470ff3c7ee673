import type { Metadata } from "next";
import Link from "next/link";
import { DomainConnectionsTable } from "@/components/lineage/domain-connections-table";
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
            <DomainConnectionsTable connections={connections} className="max-h-96" />
          </Card>
        </div>
      )}
    </>
  );
}
