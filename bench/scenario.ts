/**
 * The scenario API. One file per area under bench/scenarios/ exports a list of scenarios;
 * bench/scenarios/index.ts collects them. A scenario's `prepare` does the untimed setup (walk a
 * cursor, pick a hub…) and returns what is timed, so per-scenario state stays in a closure.
 */
import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface BenchContext {
  prisma: PrismaClient;
  /** plain node-postgres pool for raw SQL twins and setup queries */
  pool: pg.Pool;
}

export interface SqlQuery {
  text: string;
  values?: unknown[];
}

export interface PreparedScenario {
  /** what the app does, timed */
  run: () => Promise<unknown>;
  /**
   * The same query as bare SQL, timed alongside `run` so the report shows the app's overhead; a list
   * when the app runs several statements in turn (a search that falls back to trigrams).
   */
  rawSql?: SqlQuery | SqlQuery[];
  /** written into the results as `EXPLAIN (ANALYZE, BUFFERS)` text; defaults to rawSql (its last statement) */
  explain?: SqlQuery;
  /** untimed, after the last iteration: removes what a writing scenario created */
  cleanup?: () => Promise<void>;
}

export interface Scenario {
  /** "area: what", e.g. "listing: first page"; --only matches a substring of it */
  name: string;
  /** another scenario whose median this one is reported against, e.g. page 500 vs page 1 */
  baseline?: string;
  /** caps --iterations and skips warm-up, for scenarios that take seconds each (a full recompute) */
  maxIterations?: number;
  prepare: (context: BenchContext) => Promise<PreparedScenario>;
}

/** Identity, for the type checking and so scenario files read alike. */
export function defineScenarios(...scenarios: Scenario[]): Scenario[] {
  return scenarios;
}
