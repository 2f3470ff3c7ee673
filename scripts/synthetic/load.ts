/** Fills an empty, migrated database with the synthetic catalog, phase by phase. */
import pg from "pg";
import { dropSecondaryIndexes, type ProgressLog } from "./bulk";
import { planLineage, loadLineage } from "./generate-lineage";
import { loadOrg, planOrg } from "./generate-org";
import { loadProducts } from "./generate-products";
import { finalize } from "./finalize";
import { planProducts } from "./plan-products";

export interface SyntheticOptions {
  products: number;
  edges: number;
  domains: number;
  seed: number;
  anchor: Date;
  /** empty a database that already holds data (only used with an external server) */
  reset: boolean;
}

export interface SyntheticReport {
  phases: { name: string; seconds: number }[];
  rows: Record<string, number>;
  totalSeconds: number;
}

const LOADED_TABLES = [
  "users", "teams", "team_memberships", "domains", "source_systems", "data_products", "output_ports", "input_ports",
  "product_schemas", "slos", "quality_checks", "governance_results", "product_versions", "lineage_edges", "domain_score_snapshots",
];

export class NotEmptyError extends Error {}

export async function generateSynthetic(url: string, options: SyntheticOptions, log: ProgressLog): Promise<SyntheticReport> {
  const started = performance.now();
  const phases: SyntheticReport["phases"] = [];
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const begun = performance.now();
    const result = await work();
    const seconds = (performance.now() - begun) / 1000;
    phases.push({ name, seconds });
    log(`phase   ${name}: ${seconds.toFixed(1)} s`);
    return result;
  };

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query<{ count: string }>(`SELECT count(*) AS count FROM "data_products"`);
    if (Number(existing.rows[0].count) > 0) {
      if (!options.reset) throw new NotEmptyError(`the database already holds ${existing.rows[0].count} data products; pass --reset to empty it first`);
      await client.query(`TRUNCATE ${LOADED_TABLES.map((table) => `"${table}"`).join(", ")} RESTART IDENTITY CASCADE`);
    }
    // Durability buys nothing for a throw-away data set; the embedded server already runs fsync=off.
    await client.query("SET synchronous_commit = off");
    const saved = await dropSecondaryIndexes(client, LOADED_TABLES);

    const org = planOrg(options);
    const emails = await phase("org (users, teams, domains, source systems)", () => loadOrg(client, org, options, log));
    const products = await phase("plan products", async () => planProducts(org, options.products, options.seed));
    const lineage = await phase("plan lineage", async () => planLineage(org, products, options.edges, options.seed));
    log(`lineage: ${lineage.productEdges.toLocaleString("en-US")} product edges (${((100 * lineage.crossDomainEdges) / Math.max(1, lineage.productEdges)).toFixed(1)}% cross-domain), ${lineage.sourceSystemOf.length.toLocaleString("en-US")} source-system edges`);
    const loaded = await phase("products and children", () => loadProducts(client, org, emails, products, lineage, options.seed, options.anchor, log));
    const edges = await phase("lineage edges", () => loadLineage(client, products, lineage, options.anchor, log));
    await finalize(client, saved, products.count, options.anchor, log, phase);

    const counts = await client.query<{ table: string; rows: string }>(
      LOADED_TABLES.map((table) => `SELECT '${table}' AS table, count(*)::text AS rows FROM "${table}"`).join(" UNION ALL "),
    );
    const counted = new Map(counts.rows.map((row) => [row.table, Number(row.rows)]));
    const rows = Object.fromEntries(LOADED_TABLES.map((table) => [table, counted.get(table) ?? 0]));
    if (rows.lineage_edges !== edges) log(`warning: wrote ${edges} edges but the table holds ${rows.lineage_edges}`);
    if (rows.data_products !== loaded.rows.data_products) log(`warning: wrote ${loaded.rows.data_products} products but the table holds ${rows.data_products}`);
    return { phases, rows, totalSeconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
