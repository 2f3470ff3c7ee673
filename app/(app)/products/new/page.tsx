import type { Metadata } from "next";
import Link from "next/link";
import { requireCaller } from "@/lib/auth/caller";
import { prisma } from "@/lib/db/prisma";
import { listPublishTargets } from "@/lib/catalog/product-form-options";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ProductForm } from "@/components/product-form/product-form";
import { createProductAction, searchOutputPortsAction } from "./actions";

export const metadata: Metadata = { title: "Register a data product" };

export default async function NewProductPage() {
  const caller = await requireCaller();
  const targets = await listPublishTargets(prisma, caller);
  return (
    <div>
      <PageHeader
        eyebrow={<Link href="/products" className="hover:underline">Data products</Link>}
        title="Register a data product"
        description="Describe the product once; the catalog, lineage and governance score follow from it. You can also import a YAML spec."
        actions={
          <Link href="/products/import" className="rounded-lg px-3.5 py-2 text-sm font-semibold text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Import YAML
          </Link>
        }
      />
      {targets.length === 0 ? (
        <EmptyState title="You cannot register data products">
          {caller.role === "VIEWER"
            ? "Your account can read the catalog but not publish into it. Ask an administrator to add you to a domain team."
            : "You are not a member of a team that may publish into a domain. Ask a domain team to add you, then come back."}
        </EmptyState>
      ) : (
        <ProductForm mode="create" save={createProductAction} searchPorts={searchOutputPortsAction} targets={targets} />
      )}
    </div>
  );
}
