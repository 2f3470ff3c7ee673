/**
 * `npx tsx bench/browser-lineage.ts [--url http://localhost:3000] [--runs 3]`: opens the 1,000-node
 * stress graph in headless Chromium against a running app, reads how long the worker's ELK layout
 * took, then drags the canvas for two seconds and counts requestAnimationFrame callbacks.
 * Writes bench/results/browser-lineage.md and .json, and prints the table.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright";
import { DEMO_PASSWORD } from "@/lib/auth/demo-accounts";

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "results");

async function signIn(page: Page, url: string) {
  await page.goto(`${url}/signin`);
  await page.getByLabel("Email").fill("viewer@meshwork.demo");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((target) => !target.pathname.startsWith("/signin"));
}

async function measure(page: Page, url: string) {
  const started = Date.now();
  await page.goto(`${url}/lineage/stress`);
  const status = page.getByTestId("layout-status");
  await status.locator("xpath=self::*[@data-layout-ms]").waitFor({ timeout: 120_000 });
  const layoutMs = Number(await status.getAttribute("data-layout-ms"));
  const readyMs = Date.now() - started;
  await page.locator(".react-flow__node").first().waitFor();
  const nodesInDom = await page.locator(".react-flow__node").count();

  const box = (await page.locator(".react-flow__pane").boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`
    window.__frames = [];
    window.__panning = true;
    const tick = (time) => { window.__frames.push(time); if (window.__panning) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  `);
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  const steps = 120;
  for (let i = 1; i <= steps; i++) {
    const angle = (i / steps) * Math.PI * 2;
    await page.mouse.move(centre.x + Math.sin(angle) * 250, centre.y + (1 - Math.cos(angle)) * 120);
    // One step per painted frame: the pan moves as fast as the page can draw it, no fixed pacing.
    await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => resolve(null)))");
  }
  await page.mouse.up();
  const frames = (await page.evaluate("window.__panning = false; window.__frames")) as number[];
  const span = frames[frames.length - 1] - frames[0];
  const gaps = frames.slice(1).map((time, index) => time - frames[index]).sort((a, b) => a - b);
  return {
    layoutMs,
    readyMs,
    nodesInDom,
    fps: ((frames.length - 1) * 1000) / span,
    p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
    worstFrameMs: gaps[gaps.length - 1] ?? 0,
  };
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: "string", default: process.env.BENCH_BASE_URL ?? "http://localhost:3000" }, runs: { type: "string", default: "3" } } });
  const url = values.url!.replace(/\/$/, "");
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-background-networking"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, url);
    const runs: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < Number(values.runs); run++) runs.push(await measure(page, url));
    const median = (pick: (run: (typeof runs)[number]) => number) => [...runs.map(pick)].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    const summary = {
      measuredAt: new Date().toISOString(),
      url,
      graph: "1,000 nodes / 1,500 edges (/lineage/stress)",
      runs,
      median: { layoutMs: median((r) => r.layoutMs), fps: median((r) => r.fps), p95FrameMs: median((r) => r.p95FrameMs) },
    };
    const table = [
      "| browser: lineage stress graph | median | runs |",
      "| --- | ---: | --- |",
      `| ELK layout in the Web Worker (ms, target ≤ 1,500) | ${summary.median.layoutMs.toFixed(0)} | ${runs.map((r) => r.layoutMs.toFixed(0)).join(", ")} |`,
      `| pan: frames per second (rAF, 120-step drag, one step per frame) | ${summary.median.fps.toFixed(1)} | ${runs.map((r) => r.fps.toFixed(1)).join(", ")} |`,
      `| pan: p95 frame time (ms) | ${summary.median.p95FrameMs.toFixed(1)} | ${runs.map((r) => r.p95FrameMs.toFixed(1)).join(", ")} |`,
      `| page open to laid out (ms) | ${median((r) => r.readyMs).toFixed(0)} | ${runs.map((r) => r.readyMs).join(", ")} |`,
    ].join("\n");
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(path.join(RESULTS_DIR, "browser-lineage.json"), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFile(path.join(RESULTS_DIR, "browser-lineage.md"), `# Lineage in the browser (${summary.measuredAt})\n\n${table}\n`);
    console.log(table);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
