import type { Metadata } from "next";
import Link from "next/link";
import { LineageExplorer } from "@/components/lineage/lineage-explorer";
import { LineageLanding } from "@/components/lineage/lineage-landing";
import { DepthControls } from "@/components/lineage/depth-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/catalog/errors";
import { prisma } from "@/lib/db/prisma";
import { getLineageAround } from "@/lib/lineage/graph";
import { MAX_DEPTH } from "@/lib/lineage/params";
import { parseGraphPageParams } from "@/lib/lineage/page-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { focus } = parseGraphPageParams(await searchParams);
  return { title: focus ? `Lineage of ${focus.domain}/${focus.name}` : "Lineage" };
}

export default async function LineagePage({ searchParams }: Props) {
  const params = parseGraphPageParams(await searchParams);
  if (!params.focus) return <LineageLanding invalidFocus={params.rawFocus} />;
  const { domain, name } = params.focus;
  const graph = await getLineageAround(prisma, domain, name, { up: params.up, down: params.down }).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!graph) {
    return (
      <>
        <PageHeader title="Lineage" />
        <EmptyState
          title={`No data product ${domain}/${name}`}
          action={<Link className="text-sm font-semibold text-brand-700 hover:underline" href={`/search?q=${encodeURIComponent(name)}`}>Search for “{name}” →</Link>}
        >
          It may have been renamed or deleted.
        </EmptyState>
      </>
    );
  }
  const focusNode = graph.nodes.find((node) => node.id === graph.focus);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/lineage" className="hover:underline">Lineage</Link>}
        title={focusNode?.title ?? graph.focus}
        description={<>Where <span className="font-mono">{graph.focus}</span> gets its data from, and who reads it.</>}
        actions={
          <>
            <Link href={`/products/${graph.focus}`} className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">Product page</Link>
            <Link href="/lineage/domains" className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">Domain map</Link>
          </>
        }
      />
      <DepthControls focus={graph.focus} up={graph.up} down={graph.down} />
      {(params.clamped || graph.truncated) && (
        <div role="status" className="mb-3 space-y-1 rounded-lg bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {params.clamped && <p>Depth is limited to {MAX_DEPTH} hops; showing {MAX_DEPTH}.</p>}
          {graph.truncated && <p>This neighbourhood is larger than {(2000).toLocaleString("en-US")} products: the graph shows the nearest ones. Lower the depth or focus on a reader.</p>}
        </div>
      )}
      {graph.nodes.length === 1 && graph.edges.length === 0 ? (
        <EmptyState title="No lineage yet">
          Nothing feeds {focusNode?.title ?? graph.focus} and nothing reads it. Lineage appears when products bind input ports to it or list it in lineage.upstreamProducts.
        </EmptyState>
      ) : (
        <LineageExplorer graph={graph} />
      )}
    </>
  );
}
