/**
 * `npm run bench [-- --iterations 50 --warmup 5 --only listing]`: times the scenarios in
 * bench/scenarios against the synthetic catalog (`npm run db:synthetic`), and writes
 * bench/results/<timestamp>.json, latest.json and latest.md.
 * Uses the embedded server on .data/bench unless BENCH_DATABASE_URL names a database.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { checkConnection, DatabaseUnreachableError } from "@/lib/db/connect";
import { BenchDatabaseMissingError, openBenchDatabase, stopOnSignals, type BenchDatabase } from "../scripts/synthetic/database";
import { summarize } from "../scripts/synthetic/stats";
import { memoryProbeMs } from "./host-probe";
import { markdownSummary, type BenchResults, type ScenarioResult } from "./report";
import type { BenchContext, PreparedScenario, Scenario } from "./scenario";

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "results");
const HOW_TO_GENERATE = "Generate it first: npm run db:synthetic -- --products 100000 --edges 1000000 (about 3 minutes), or --products 2000 --edges 20000 for a quick look.";
const log = (line: string) => console.log(`bench: ${line}`);

class EmptyDatasetError extends Error {}
class UsageError extends Error {}

/**
 * Scenarios call lib/ code that starts with `import "server-only"`, which throws unless the
 * react-server export condition is active; say how to run instead of printing its stack.
 */
async function loadScenarios(): Promise<Scenario[]> {
  try {
    return (await import("./scenarios")).scenarios;
  } catch (error) {
    if (error instanceof Error && error.message.includes("Server Component")) {
      throw new UsageError("the scenarios import server-only modules: run with `npx tsx --conditions=react-server bench/run.ts`");
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { iterations: { type: "string", default: "50" }, warmup: { type: "string", default: "5" }, only: { type: "string" } },
    strict: true,
  });
  const iterations = Number(values.iterations);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(iterations) || iterations < 1) throw new UsageError(`--iterations must be a positive integer, got "${values.iterations}"`);
  if (!Number.isInteger(warmup) || warmup < 0) throw new UsageError(`--warmup must be a non-negative integer, got "${values.warmup}"`);
  const scenarios = await loadScenarios();
  const selected = scenarios.filter((scenario) => !values.only || scenario.name.includes(values.only));
  if (selected.length === 0) throw new UsageError(`no scenario matches --only "${values.only}"; scenarios: ${scenarios.map((scenario) => scenario.name).join(", ")}`);

  let database: BenchDatabase | undefined;
  stopOnSignals(() => database, log);
  try {
    database = await openBenchDatabase({ url: process.env.BENCH_DATABASE_URL, mode: "existing", log });
    if (!database.embedded) await checkConnection(database.url);
  } catch (error) {
    if (!(error instanceof BenchDatabaseMissingError || error instanceof DatabaseUnreachableError)) throw error;
    console.error(`bench: no benchmark data (${error.message}). ${HOW_TO_GENERATE}`);
    return 1;
  }
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  const prisma = createPrismaClient(database.url, 4);
  try {
    const started = new Date();
    const probeBefore = memoryProbeMs();
    const dataset = await describeDataset(pool);
    log(`${dataset.products.toLocaleString("en-US")} products, ${dataset.edges.toLocaleString("en-US")} edges; ${selected.length} scenario(s), ${warmup} warm-up + ${iterations} iterations each`);
    const context: BenchContext = { prisma, pool };
    const results: ScenarioResult[] = [];
    for (const scenario of selected) results.push(await runScenario(context, scenario, iterations, warmup));
    for (const result of results) {
      const baseline = results.find((other) => other.name === result.baseline);
      if (baseline && !result.error && !baseline.error) result.toBaseline = result.app.median / baseline.app.median;
    }

    const report: BenchResults = {
      startedAt: started.toISOString(),
      durationSeconds: (Date.now() - started.getTime()) / 1000,
      iterations,
      warmup,
      only: values.only,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform} ${os.release()}`,
        postgres: (await pool.query<{ version: string }>("SELECT version()")).rows[0].version.split(" on ")[0],
        memoryProbeMs: { before: probeBefore, after: memoryProbeMs() },
      },
      dataset,
      scenarios: results,
    };
    await mkdir(RESULTS_DIR, { recursive: true });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    await writeFile(path.join(RESULTS_DIR, `${report.startedAt.replace(/[:.]/g, "-")}.json`), json);
    await writeFile(path.join(RESULTS_DIR, "latest.json"), json);
    const markdown = markdownSummary(report);
    await writeFile(path.join(RESULTS_DIR, "latest.md"), markdown);
    console.log(`\n${markdown.split("\n## Plans")[0]}`);
    log(`results in ${path.relative(process.cwd(), RESULTS_DIR)}/latest.md and latest.json`);
    return results.some((result) => result.error) ? 1 : 0;
  } catch (error) {
    if (error instanceof EmptyDatasetError) {
      console.error(`bench: ${error.message}. ${HOW_TO_GENERATE}`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await database.stop();
  }
}

async function describeDataset(pool: pg.Pool): Promise<BenchResults["dataset"]> {
  const tables = await pool.query<{ exists: boolean }>(`SELECT to_regclass('"data_products"') IS NOT NULL AS exists`);
  if (!tables.rows[0].exists) throw new EmptyDatasetError("the benchmark database has no schema");
  // Planner estimates would do for a label, but exact counts keep reports comparable across runs.
  const row = (
    await pool.query<{ products: number; edges: number; domains: number; cross: number; hub: number }>(
      `SELECT (SELECT count(*) FROM "data_products")::int AS products, (SELECT count(*) FROM "lineage_edges")::int AS edges,
              (SELECT count(*) FROM "domains")::int AS domains, (SELECT count(*) FROM "lineage_edges" WHERE "crossDomain")::int AS cross,
              (SELECT coalesce(max("consumerCount"), 0) FROM "data_products")::int AS hub`,
    )
  ).rows[0];
  if (row.products === 0) throw new EmptyDatasetError("the benchmark database holds no data products");
  return { products: row.products, edges: row.edges, domains: row.domains, crossDomainEdges: row.cross, maxConsumers: row.hub };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** App and raw SQL alternate inside each iteration so drift (cache, autovacuum) hits both alike. */
async function runScenario(context: BenchContext, scenario: Scenario, requestedIterations: number, requestedWarmup: number): Promise<ScenarioResult> {
  const iterations = Math.min(requestedIterations, scenario.maxIterations ?? requestedIterations);
  const warmup = scenario.maxIterations ? 0 : requestedWarmup;
  log(`${scenario.name}: preparing`);
  let prepared: PreparedScenario;
  try {
    prepared = await scenario.prepare(context);
  } catch (error) {
    log(`${scenario.name}: setup failed: ${String(error)}`);
    return { name: scenario.name, baseline: scenario.baseline, app: summarize([0]), error: error instanceof Error ? error.message : String(error) };
  }
  const raw = prepared.rawSql === undefined ? [] : [prepared.rawSql].flat();
  const runRaw = raw.length
    ? async () => {
        for (const statement of raw) await context.pool.query(statement.text, statement.values);
      }
    : undefined;
  for (let i = 0; i < warmup; i++) {
    await prepared.run();
    if (runRaw) await runRaw();
  }
  const appTimes: number[] = [];
  const rawTimes: number[] = [];
  try {
    for (let i = 0; i < iterations; i++) {
      appTimes.push(await timed(prepared.run));
      if (runRaw) rawTimes.push(await timed(runRaw));
    }
  } finally {
    await prepared.cleanup?.();
  }
  const result: ScenarioResult = { name: scenario.name, baseline: scenario.baseline, app: summarize(appTimes) };
  if (rawTimes.length) {
    result.raw = summarize(rawTimes);
    result.appToRaw = result.app.median / result.raw.median;
  }
  const explain = prepared.explain ?? raw.at(-1);
  if (explain) {
    const plan = await context.pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${explain.text}`, explain.values);
    result.explain = plan.rows.map((line) => line["QUERY PLAN"]).join("\n");
  }
  log(`${scenario.name}: median ${result.app.median.toFixed(2)} ms, p95 ${result.app.p95.toFixed(2)} ms${result.raw ? ` (raw SQL ${result.raw.median.toFixed(2)} ms)` : ""}`);
  return result;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const expected = error instanceof UsageError || (error instanceof Error && error.name === "TypeError" && "code" in error && error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION");
    console.error(`bench: ${error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error)}`);
    process.exit(1);
  },
);
