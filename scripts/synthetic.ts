/**
 * `npm run db:synthetic -- --products 100000 --edges 1000000`: a synthetic catalog at enterprise
 * scale, for benchmarks (`npm run bench`). Fills its own database, never the development one:
 * `meshwork_bench` on an embedded server under .data/bench, recreated on every run, or the
 * database named by --database-url / BENCH_DATABASE_URL (which must be empty unless --reset).
 * Same flags → same data; timestamps count back from --anchor (default: today, UTC).
 */
import { parseArgs } from "node:util";
import { applyMigrations } from "../lib/db/migrate";
import { openBenchDatabase, stopOnSignals, type BenchDatabase } from "./synthetic/database";
import { generateSynthetic } from "./synthetic/load";

const log = (line: string) => console.log(`synthetic: ${line}`);

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

async function main() {
  const { values } = parseArgs({
    options: {
      products: { type: "string" },
      edges: { type: "string" },
      domains: { type: "string" },
      seed: { type: "string" },
      anchor: { type: "string" },
      "database-url": { type: "string" },
      reset: { type: "boolean", default: false },
    },
    strict: true,
  });
  const products = positiveInt("products", values.products, 100_000);
  const options = {
    products,
    edges: positiveInt("edges", values.edges, products * 10),
    domains: Math.max(4, positiveInt("domains", values.domains, 100)),
    seed: positiveInt("seed", values.seed, 42),
    anchor: new Date(`${values.anchor ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`),
    reset: values.reset,
  };
  if (Number.isNaN(options.anchor.getTime())) throw new Error(`--anchor must be a date like 2026-11-28, got "${values.anchor}"`);
  if (products < 10) throw new Error("--products must be at least 10");

  // Filled once the server is up; the signal handler may fire before that.
  const opened: { database?: BenchDatabase } = {};
  stopOnSignals(() => opened.database, log);
  const started = performance.now();
  const database = (opened.database = await openBenchDatabase({ url: values["database-url"] ?? process.env.BENCH_DATABASE_URL, mode: "recreate", log }));
  try {
    await applyMigrations(database.url, log);
    log(`generating ${options.products.toLocaleString("en-US")} products, ${options.edges.toLocaleString("en-US")} edges, ${options.domains} domains (seed ${options.seed}, anchor ${options.anchor.toISOString().slice(0, 10)})`);
    const report = await generateSynthetic(database.url, options, log);
    log("rows:");
    for (const [table, rows] of Object.entries(report.rows)) log(`  ${table.padEnd(24)} ${rows.toLocaleString("en-US").padStart(11)}`);
    log("phases:");
    for (const phase of report.phases) log(`  ${phase.name.padEnd(44)} ${phase.seconds.toFixed(1).padStart(7)} s`);
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${report.totalSeconds.toFixed(1)} s); run \`npm run bench\` next`);
  } finally {
    if (database.embedded) {
      await database.stop();
      log("database stopped");
    }
  }
}

main().catch((error: unknown) => {
  console.error(`synthetic: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
