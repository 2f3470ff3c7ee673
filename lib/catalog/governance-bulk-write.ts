import "server-only";
import type { EvaluationResult } from "@/lib/governance/evaluate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BulkProduct } from "./governance-bulk-load";
import { governanceResultRows, resultSignature } from "./governance-results";

export interface BulkResult {
  id: number;
  governance: EvaluationResult;
}

export interface BulkChanges {
  /** products whose score columns changed */
  scores: BulkResult[];
  /** products whose result rows changed */
  rows: BulkResult[];
}

/** Adds a product's fresh result to what must be written, if it differs from what is stored. */
export function collectChange(changes: BulkChanges, current: BulkProduct["current"], result: BulkResult) {
  const { governance } = result;
  if (current.score !== governance.score || current.errors !== governance.errors || current.warnings !== governance.warnings) changes.scores.push(result);
  if (current.signature !== resultSignature(governance)) changes.rows.push(result);
}

/**
 * Writes a batch's changes with one statement per table, in one transaction so a product's score
 * and its results never disagree. Scores go through raw SQL: a recompute is not an edit, so
 * "updatedAt" must not move. Score snapshots stay with the daily snapshot (snapshotScores): a
 * partial day of product snapshots would distort the team trends summed from them.
 */
export async function writeBulkResults(db: PrismaClient, changed: BulkChanges) {
  const { scores, rows } = changed;
  if (!scores.length && !rows.length) return;
  const ids = rows.map((result) => result.id);
  const results = rows.flatMap((result) => governanceResultRows(result.governance).map((row) => ({ productId: result.id, ...row })));
  const scoreIds = scores.map((result) => result.id);
  const score = scores.map((result) => result.governance.score);
  const errors = scores.map((result) => result.governance.errors);
  const warnings = scores.map((result) => result.governance.warnings);
  await db.$transaction([
    db.$executeRaw`
      UPDATE "data_products" p SET "governanceScore" = v.score, "errorCount" = v.errors, "warningCount" = v.warnings
      FROM unnest(${scoreIds}::int[], ${score}::int[], ${errors}::int[], ${warnings}::int[]) AS v(id, score, errors, warnings)
      WHERE p."id" = v.id`,
    db.$executeRaw`DELETE FROM "governance_results" WHERE "productId" = ANY(${ids}::int[])`,
    db.$executeRaw`
      INSERT INTO "governance_results" ("productId", "policyId", "severity", "findings")
      SELECT * FROM unnest(${results.map((r) => r.productId)}::int[], ${results.map((r) => r.policyId)}::text[],
                           ${results.map((r) => r.severity)}::"Severity"[], ${results.map((r) => JSON.stringify(r.findings))}::json[])`,
  ]);
}
