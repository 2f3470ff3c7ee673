import type { Metadata } from "next";
import { StressGraph } from "@/components/lineage/stress-graph";
import { PageHeader } from "@/components/ui/page-header";
import { syntheticGraph } from "@/lib/lineage/synthetic-graph";

export const metadata: Metadata = { title: "Lineage stress test" };

/** A synthetic 1,000-node / 1,500-edge graph: how the view copes at scale (the browser benchmark opens it). */
export default function LineageStressPage() {
  const graph = syntheticGraph(1000, 1500);
  return (
    <>
      <PageHeader title="Lineage stress test" description="A generated graph of 1,000 products and 1,500 edges, laid out in a Web Worker. Pan and zoom to feel how it holds up." />
      <StressGraph graph={graph} />
    </>
  );
}
