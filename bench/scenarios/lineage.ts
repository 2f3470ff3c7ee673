import { layoutGraph } from "@/components/lineage/elk-layout";
import { getLineageGraph, getLineageGraphById } from "@/lib/lineage/graph";
import { oneHopGraphSql } from "@/lib/lineage/graph-sql";
import { getImpact } from "@/lib/lineage/impact";
import { DEFAULT_NODE_CAP } from "@/lib/lineage/params";
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

/**
 * The app's own one-hop statement sent bare through node-postgres, unnamed: planned on every run,
 * where the app's prepared statement is planned once per connection, so app/raw below 1 is the
 * planning saved net of the client's overhead.
 */
const oneHopSql = (product: { domain: string; name: string }, direction: "both" | "downstream") => {
  const statement = oneHopGraphSql(product, { up: direction === "both", down: true, upCap: direction === "both" ? DEFAULT_NODE_CAP / 2 : DEFAULT_NODE_CAP, cap: DEFAULT_NODE_CAP });
  return { text: statement.text, values: statement.values };
};

export const lineageScenarios = defineScenarios(
  {
    name: "lineage: 1-hop both ways, ordinary product",
    prepare: async (context) => {
      const product = await pick(context, "ordinary");
      // By domain/name, as the API and the expand click ask: the focus lookup is part of the statement.
      return { run: () => getLineageGraph(context.prisma, product.domain, product.name, { direction: "both", depth: 1 }), rawSql: oneHopSql(product, "both") };
    },
  },
  {
    name: "lineage: 1-hop downstream, mega-hub (cap 2,000)",
    prepare: async (context) => {
      const hub = await pick(context, "hub");
      return { run: () => getLineageGraph(context.prisma, hub.domain, hub.name, { direction: "downstream", depth: 1 }), rawSql: oneHopSql(hub, "downstream") };
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
