import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canEditProduct, canRetireProduct } from "@/lib/auth/permissions";
import { requireCaller } from "@/lib/auth/caller";
import { prisma } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/catalog/errors";
import { getEditableProductOrThrow } from "@/lib/catalog/product-form-load";
import { listPublishTargets } from "@/lib/catalog/product-form-options";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/catalog/badges";
import { ProductForm } from "@/components/product-form/product-form";
import { searchOutputPortsAction } from "../../../new/actions";
import { updateProductAction } from "./actions";
import { LifecyclePanel } from "./lifecycle-panel";

type Props = { params: Promise<{ domain: string; name: string }>; searchParams: Promise<{ saved?: string }> };

async function load(domain: string, name: string) {
  try {
    return await getEditableProductOrThrow(prisma, domain, name);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, name } = await params;
  return { title: `Edit ${domain}/${name}` };
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const { domain, name } = await params;
  const { saved } = await searchParams;
  const [caller, product] = await Promise.all([requireCaller(), load(domain, name)]);
  const title = product.spec.metadata.title ?? name;
  const header = (
    <PageHeader
      eyebrow={
        <Link href={`/products/${product.ref}`} className="hover:underline">
          {product.ref}
        </Link>
      }
      title={`Edit ${title}`}
      description={
        <span className="inline-flex flex-wrap items-center gap-2">
          <StatusBadge status={product.spec.metadata.status ?? "draft"} /> v{product.spec.metadata.version} · stored version {product.version}
        </span>
      }
      actions={
        <Link href={`/products/${product.ref}/history`} className="rounded-lg px-3.5 py-2 text-sm font-semibold text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
          History
        </Link>
      }
    />
  );
  if (!canEditProduct(caller, product.ownership)) {
    return (
      <div>
        {header}
        <EmptyState title="You cannot edit this data product">
          Only members of the team that owns {product.ref}, or of the team that owns its domain, can change it. You can still read it and its history.
        </EmptyState>
      </div>
    );
  }
  const targets = await listPublishTargets(prisma, caller, { domain, team: product.spec.metadata.owner.team });
  return (
    <div className="space-y-6">
      {header}
      <ProductForm
        key={`${product.version}:${saved ?? ""}`}
        mode="edit"
        save={updateProductAction}
        searchPorts={searchOutputPortsAction}
        targets={targets.filter((target) => target.slug === domain)}
        product={product}
        justSaved={saved ? `Saved as ${saved}: ${product.ref}, version ${product.version}.` : undefined}
      />
      <LifecyclePanel
        target={{ domain, name }}
        status={product.spec.metadata.status ?? "draft"}
        deprecation={product.spec.metadata.deprecation}
        mayRetire={canRetireProduct(caller, product.ownership)}
      />
    </div>
  );
}
