import "server-only";
import { evaluate, type EvaluationResult } from "@/lib/governance/evaluate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReadSpecResult } from "@/lib/spec/document";
import type { SpecProblem } from "@/lib/spec/yaml";
import { loadDomainPolicies } from "./domain-policies";

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
  const domain = await db.domain.findUnique({ where: { slug: result.spec.metadata.domain }, select: { id: true } });
  const policies = domain ? await loadDomainPolicies(db, domain.id) : [];
  const governance = evaluate(result.spec, { targetStatus: result.spec.metadata.status }, policies);
  return { valid: true, format: result.format, problems: [], ignored: result.ignored, governance };
}
