import "server-only";
import { hash } from "node:crypto";
import { z } from "zod";
import { compareViolations, type EvaluationResult } from "@/lib/governance/evaluate";
import type { Violation } from "@/lib/governance/types";

/**
 * How a product's governance results are stored: one row per policy it fails, that policy's
 * findings a json list in evaluation order (see the governance_results_per_policy migration).
 * Writing, reading back and fingerprinting that shape stay together here.
 */

type DbSeverity = "ERROR" | "WARNING";

// Type aliases, not interfaces: rows go to Prisma's Json input and the batch writer's Row, which want an index signature.
export type StoredFinding = { path: string; message: string; remediation: string };

export type GovernanceResultRow = { policyId: string; severity: DbSeverity; findings: StoredFinding[] };

/** The rows an evaluation is stored as; rows carry no productId, each writer adds it. */
export function governanceResultRows(governance: EvaluationResult): GovernanceResultRow[] {
  const rows = new Map<string, GovernanceResultRow>();
  for (const { policyId, severity, path, message, remediation } of governance.violations) {
    let row = rows.get(policyId);
    if (!row) rows.set(policyId, (row = { policyId, severity: severity === "error" ? "ERROR" : "WARNING", findings: [] }));
    row.findings.push({ path, message, remediation });
  }
  return [...rows.values()];
}

const storedFindings = z.array(z.object({ path: z.string(), message: z.string(), remediation: z.string() }));

/** A policy's stored findings, read back with the shape they were written in. */
export function findingsOf(row: { findings: unknown }): StoredFinding[] {
  return storedFindings.parse(row.findings);
}

/** Stored rows as the evaluation's violations, in the evaluation's order. */
export function storedViolations(rows: readonly { policyId: string; severity: DbSeverity; findings: unknown }[]): Violation[] {
  return rows
    .flatMap((row) => findingsOf(row).map((finding) => ({ policyId: row.policyId, severity: row.severity === "ERROR" ? ("error" as const) : ("warning" as const), ...finding })))
    .sort(compareViolations);
}

/**
 * md5 of a product's results as GOVERNANCE_SIGNATURE_SQL spells the stored ones, so a recompute
 * rewrites only products whose results changed. Stored findings are the JSON.stringify text the
 * writers sent: json keeps it verbatim.
 */
export function resultSignature(governance: EvaluationResult): string {
  const lines = governanceResultRows(governance)
    .sort((a, b) => (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0))
    .map((row) => `${row.policyId}|${row.severity}|${JSON.stringify(row.findings)}`);
  return hash("md5", lines.join("\n"));
}

/** resultSignature of the rows of `g` grouped by product; COLLATE "C" sorts as the code above does. */
export const GOVERNANCE_SIGNATURE_SQL = `md5(string_agg(g."policyId" || '|' || g."severity" || '|' || g."findings"::text, E'\\n' ORDER BY g."policyId" COLLATE "C"))`;
