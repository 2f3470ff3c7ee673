import { layoutGraph } from "@/components/lineage/elk-layout";
import { getLineageGraphById } from "@/lib/lineage/graph";
import { getImpact } from "@/lib/lineage/impact";
import { syntheticGraph } from "@/lib/lineage/synthetic-graph";
import { defineScenarios, type BenchContext } from "../scenario";

/** The most-depended-on product (a mega-hub) and an ordinary one with a few readers and inputs. */
async function pick({ pool }: BenchContext, which: "hub" | "ordinary") {
  const order = which === "hub" ? `p."consumerCount" DESC` : `p."id"`;
  const where = which === "hub" ? "" : `WHERE p."consumerCount" BETWEEN 2 AND 5 AND EXISTS (SELECT 1 FROM "lineage_edges" e WHERE e."downstreamProductId" = p."id" AND e."upstreamProductId" IS NOT NULL)`;
  const { rows } = await pool.query<{ id: number; name: string; domain: string }>(
    `SELECT p."id", p."name", d."slug" AS domain FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId" ${where} ORDER BY ${order} LIMIT 1`,
  );
  if (!rows[0]) throw new Error(`no ${which} product in the benchmark data`);
  return rows[0];
}

const oneHopSql = (id: number) => ({
  text: `SELECT DISTINCT ON (e."downstreamProductId") e."downstreamProductId", e."upstreamProductId" FROM "lineage_edges" e
          WHERE e."upstreamProductId" = ANY($1::int[]) AND NOT (e."downstreamProductId" = ANY($1::int[])) LIMIT 2001`,
  values: [[id]],
});

export const lineageScenarios = defineScenarios(
  {
    name: "lineage: 1-hop both ways, ordinary product",
    prepare: async (context) => {
      const product = await pick(context, "ordinary");
      return { run: () => getLineageGraphById(context.prisma, product.id, { direction: "both", depth: 1 }), rawSql: oneHopSql(product.id) };
    },
  },
  {
    name: "lineage: 1-hop downstream, mega-hub (cap 2,000)",
    prepare: async (context) => {
      const hub = await pick(context, "hub");
      return { run: () => getLineageGraphById(context.prisma, hub.id, { direction: "downstream", depth: 1 }), rawSql: oneHopSql(hub.id) };
    },
  },
  {
    name: "lineage: 5-hop both ways, ordinary product (cap 2,000)",
    prepare: async (context) => {
      const product = await pick(context, "ordinary");
      return { run: () => getLineageGraphById(context.prisma, product.id, { direction: "both", depth: 5 }) };
    },
  },
  {
    name: "lineage: 5-hop both ways, mega-hub (cap 2,000)",
    prepare: async (context) => {
      const hub = await pick(context, "hub");
      return { run: () => getLineageGraphById(context.prisma, hub.id, { direction: "both", depth: 5 }) };
    },
  },
  {
    name: "lineage: impact of the biggest hub (depth 3, list cap 2,000)",
    prepare: async (context) => {
      const hub = await pick(context, "hub");
      return { run: () => getImpact(context.prisma, hub.domain, hub.name, { depth: 3 }) };
    },
  },
  {
    name: "lineage: ELK layout of 1,000 nodes / 1,500 edges (Node, the worker's code)",
    prepare: async () => {
      const graph = syntheticGraph(1000, 1500);
      const request = {
        nodes: graph.nodes.map((node, index) => ({ id: node.id, width: 220, height: 64, layer: node.level, order: index })),
        edges: graph.edges.map((edge, index) => ({ id: `e${index}`, from: edge.from, to: edge.to })),
      };
      return { run: () => layoutGraph(request) };
    },
  },
);
