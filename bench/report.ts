/** The results file and its readable summary. */
import type { TimingSummary } from "../scripts/synthetic/stats";

export interface ScenarioResult {
  name: string;
  baseline?: string;
  app: TimingSummary;
  raw?: TimingSummary;
  /** app median / raw SQL median: the cost of going through the app rather than bare SQL */
  appToRaw?: number;
  /** median / the baseline scenario's median */
  toBaseline?: number;
  explain?: string;
  error?: string;
}

export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  iterations: number;
  warmup: number;
  only?: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    postgres: string;
    /** See host-probe.ts; absent in results written before it existed. */
    memoryProbeMs?: { before: number; after: number };
  };
  dataset: { products: number; edges: number; domains: number; crossDomainEdges: number; maxConsumers: number };
  scenarios: ScenarioResult[];
}

const ms = (value: number | undefined) => (value === undefined ? "" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number | undefined) => (value === undefined ? "" : `${value.toFixed(2)}×`);

export function markdownSummary(results: BenchResults): string {
  const { machine, dataset } = results;
  const lines = [
    `# Benchmark ${results.startedAt}`,
    "",
    `${dataset.products.toLocaleString("en-US")} products, ${dataset.edges.toLocaleString("en-US")} lineage edges (${dataset.crossDomainEdges.toLocaleString("en-US")} cross-domain), ${dataset.domains} domains; largest hub: ${dataset.maxConsumers.toLocaleString("en-US")} direct consumers.`,
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.postgres}.`,
    ...(machine.memoryProbeMs
      ? [`Host memory probe (bench/host-probe.ts; lower is faster, compare runs by it): ${machine.memoryProbeMs.before} ms before the scenarios, ${machine.memoryProbeMs.after} ms after.`]
      : []),
    `${results.warmup} warm-up + ${results.iterations} timed iterations per scenario; app and raw SQL alternate within each iteration. Times in ms; p95 is nearest-rank.`,
    "",
    "| scenario | median ms | p95 ms | iterations | raw SQL median ms | raw SQL p95 ms | app / raw SQL | vs baseline |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const scenario of results.scenarios) {
    if (scenario.error) {
      lines.push(`| ${scenario.name} | failed: ${scenario.error.replace(/\|/g, "\\|").split("\n")[0]} | | | | | | |`);
      continue;
    }
    const baseline = scenario.toBaseline === undefined ? "" : `${ratio(scenario.toBaseline)} ${scenario.baseline}`;
    lines.push(`| ${scenario.name} | ${ms(scenario.app.median)} | ${ms(scenario.app.p95)} | ${scenario.app.iterations} | ${ms(scenario.raw?.median)} | ${ms(scenario.raw?.p95)} | ${ratio(scenario.appToRaw)} | ${baseline} |`);
  }
  const explained = results.scenarios.filter((scenario) => scenario.explain);
  if (explained.length) {
    lines.push("", "## Plans (EXPLAIN ANALYZE, BUFFERS of the raw SQL)");
    for (const scenario of explained) lines.push("", `### ${scenario.name}`, "", "```", scenario.explain ?? "", "```");
  }
  return `${lines.join("\n")}\n`;
}
