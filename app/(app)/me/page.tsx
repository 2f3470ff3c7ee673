import type { Metadata } from "next";
import Link from "next/link";
import { requireCaller } from "@/lib/auth/caller";
import { prisma } from "@/lib/db/prisma";
import { fromDbStatus } from "@/lib/catalog/enum-mapping";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreBadge, SloStateBadge, StatusBadge } from "@/components/catalog/badges";

export const metadata: Metadata = { title: "My products" };

export default async function MyProductsPage() {
  const caller = await requireCaller();
  const teamIds = caller.teams.map((team) => team.teamId);
  const products = await prisma.dataProduct.findMany({
    where: { OR: [{ owningTeamId: { in: teamIds } }, { ownerId: caller.userId }, { stewardId: caller.userId }] },
    orderBy: [{ errorCount: "desc" }, { sloState: "desc" }, { warningCount: "desc" }, { title: "asc" }],
    select: { name: true, title: true, status: true, governanceScore: true, errorCount: true, sloState: true, domain: { select: { slug: true } }, owningTeam: { select: { name: true } } },
  });
  return (
    <>
      <PageHeader title="My products" description="Products of your teams and those you own or steward, needing attention first." />
      {products.length ? (
        <Card>
          <ul className="divide-y divide-slate-100">
            {products.map((product) => (
              <li key={`${product.domain.slug}/${product.name}`} className="flex flex-wrap items-center gap-3 px-5 py-3">
                <div className="min-w-0 flex-1">
                  <Link href={`/products/${product.domain.slug}/${product.name}`} className="font-medium hover:text-brand-700">
                    {product.title}
                  </Link>
                  <p className="text-xs text-slate-500">{product.owningTeam.name}</p>
                </div>
                {product.errorCount > 0 && <Badge tone="red">{product.errorCount} errors</Badge>}
                <SloStateBadge state={product.sloState} />
                <StatusBadge status={fromDbStatus(product.status)} />
                <ScoreBadge score={product.governanceScore} />
              </li>
            ))}
          </ul>
        </Card>
      ) : (
        <EmptyState title="You do not own any data product">
          Products appear here when one of your teams owns them, or when you are named as their owner or steward.
        </EmptyState>
      )}
    </>
  );
}
