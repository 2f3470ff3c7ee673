import "server-only";
import { evaluate, type EvaluationResult } from "@/lib/governance/evaluate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReadSpecResult } from "@/lib/spec/document";
import type { SpecProblem } from "@/lib/spec/yaml-text";
import { loadDomainPoliciesBySlug } from "./domain-policies";

export interface ValidationReport {
  valid: boolean;
  format?: "datamesh" | "odps";
  problems: SpecProblem[];
  ignored: string[];
  /** Present when the spec is valid: the score it would get, with the domain's own policies too. */
  governance?: EvaluationResult;
}

/** The report POST /api/v1/validate and the import preview show; nothing is saved. */
export async function validationReport(db: PrismaClient, result: ReadSpecResult): Promise<ValidationReport> {
  if (!result.ok) return { valid: false, format: result.format, problems: result.problems, ignored: result.ignored };
  const policies = await loadDomainPoliciesBySlug(db, result.spec.metadata.domain);
  const governance = evaluate(result.spec, { targetStatus: result.spec.metadata.status }, policies);
  return { valid: true, format: result.format, problems: [], ignored: result.ignored, governance };
}
