import type { Metadata } from "next";
import { listDomains } from "@/lib/catalog/domains";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DomainCard } from "@/components/catalog/domain-card";

export const metadata: Metadata = { title: "Domains" };

export default async function DomainsPage() {
  const domains = await listDomains();
  return (
    <>
      <PageHeader title="Domains" description="Each domain team owns and publishes the data products of its part of the business." />
      {domains.length ? (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {domains.map((domain) => (
            <DomainCard key={domain.slug} domain={domain} />
          ))}
        </div>
      ) : (
        <EmptyState title="No domains yet">A platform admin creates domains and assigns their owning teams.</EmptyState>
      )}
    </>
  );
}
