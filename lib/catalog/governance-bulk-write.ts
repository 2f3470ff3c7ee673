import "server-only";
import { hash } from "node:crypto";
import type { EvaluationResult } from "@/lib/governance/evaluate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BulkProduct } from "./governance-bulk-load";

export interface BulkResult {
  id: number;
  governance: EvaluationResult;
}

const dbSeverity = (severity: "error" | "warning") => (severity === "error" ? "ERROR" : "WARNING");

/** md5 of the results as loadBulkBatch spells the stored ones, so unchanged products are not rewritten. */
export function resultSignature(governance: EvaluationResult): string {
  const lines = governance.violations.map((v) => [v.policyId, dbSeverity(v.severity), v.path, v.message, v.remediation].join("|"));
  return hash("md5", lines.join("\n"));
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
  const violations = rows.flatMap((result) => result.governance.violations.map((violation) => ({ productId: result.id, ...violation })));
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
      INSERT INTO "governance_results" ("productId", "policyId", "severity", "path", "message", "remediation")
      SELECT * FROM unnest(${violations.map((v) => v.productId)}::int[], ${violations.map((v) => v.policyId)}::text[],
                           ${violations.map((v) => dbSeverity(v.severity))}::"Severity"[], ${violations.map((v) => v.path)}::text[],
                           ${violations.map((v) => v.message)}::text[], ${violations.map((v) => v.remediation)}::text[])`,
  ]);
}
