import "server-only";
import { canManageDomainPolicies, type Caller } from "@/lib/auth/permissions";
import { validateDomainRule } from "@/lib/governance/domain-rule-weakening";
import { domainPolicyFromRule } from "@/lib/governance/domain-rules";
import type { DomainRule } from "@/lib/governance/domain-rule-schema";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ConflictError, ForbiddenError, InvalidSpecError, NotFoundError } from "./errors";
import { createRecomputeJob } from "./recompute-jobs";

export interface DomainPolicyView {
  rule: DomainRule;
  enabled: boolean;
  title: string;
  updatedAt: string;
}

export interface PolicyChangeView {
  id: number;
  code: string | null;
  action: string;
  actor: string | null;
  at: string;
  before: unknown;
  after: unknown;
}

type Tx = Prisma.TransactionClient;

function ruleOf(row: { code: string; ruleType: string; params: Prisma.JsonValue; severity: "ERROR" | "WARNING"; description: string | null }): DomainRule {
  return {
    id: row.code,
    ruleType: row.ruleType,
    params: row.params,
    severity: row.severity === "ERROR" ? "error" : "warning",
    ...(row.description ? { description: row.description } : {}),
  } as DomainRule;
}

async function getDomainOrThrow(db: PrismaClient | Tx, slug: string) {
  const domain = await db.domain.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, owningTeamId: true } });
  if (!domain) throw new NotFoundError(`No domain "${slug}"`);
  return domain;
}

/** A domain's own policies, newest change first in the log, and whether the caller may change them. */
export async function getDomainPoliciesOrThrow(db: PrismaClient, slug: string, caller: Caller | null) {
  const domain = await getDomainOrThrow(db, slug);
  const [rows, changes] = await Promise.all([
    db.domainPolicy.findMany({ where: { domainId: domain.id }, orderBy: { code: "asc" } }),
    db.policyChange.findMany({
      where: { domainId: domain.id },
      orderBy: { id: "desc" },
      take: 30,
      include: { actor: { select: { name: true } }, policy: { select: { code: true } } },
    }),
  ]);
  const policies: DomainPolicyView[] = rows.map((row) => {
    const rule = ruleOf(row);
    return { rule, enabled: row.enabled, title: domainPolicyFromRule(rule).title, updatedAt: row.updatedAt.toISOString() };
  });
  return {
    domain: { slug: domain.slug, name: domain.name },
    canManage: caller ? canManageDomainPolicies(caller, domain) : false,
    policies,
    changes: changes.map(
      (change): PolicyChangeView => ({
        id: change.id,
        code: change.policy?.code ?? ((change.before ?? change.after) as { id?: string } | null)?.id ?? null,
        action: change.action,
        actor: change.actor?.name ?? null,
        at: change.createdAt.toISOString(),
        before: change.before,
        after: change.after,
      }),
    ),
  };
}

function parseRuleOrThrow(input: unknown): DomainRule {
  const validation = validateDomainRule(input);
  if (!validation.success) throw new InvalidSpecError("The policy is not valid", validation.errors);
  return validation.rule;
}

async function authorise(tx: Tx, caller: Caller, slug: string) {
  const domain = await getDomainOrThrow(tx, slug);
  if (!canManageDomainPolicies(caller, domain)) throw new ForbiddenError(`Only governance leads and the owners or maintainers of ${domain.name} can change its policies`);
  return domain;
}

const columns = (rule: DomainRule) => ({
  ruleType: rule.ruleType,
  params: rule.params as Prisma.InputJsonObject,
  severity: rule.severity === "error" ? ("ERROR" as const) : ("WARNING" as const),
  description: rule.description ?? null,
});

/**
 * Each change is recorded (who, when, before/after) and queues a recompute of the domain's
 * products in the same transaction, so a policy never exists without its recompute.
 */
export async function addDomainPolicy(db: PrismaClient, caller: Caller, slug: string, input: unknown) {
  const rule = parseRuleOrThrow(input);
  return db.$transaction(async (tx) => {
    const domain = await authorise(tx, caller, slug);
    if (await tx.domainPolicy.findUnique({ where: { domainId_code: { domainId: domain.id, code: rule.id } } })) {
      throw new ConflictError(`${domain.name} already has a policy ${rule.id}`, [{ path: "id", message: `${rule.id} is taken in this domain; choose another id` }]);
    }
    const policy = await tx.domainPolicy.create({ data: { domainId: domain.id, code: rule.id, ...columns(rule) } });
    await tx.policyChange.create({ data: { domainPolicyId: policy.id, domainId: domain.id, actorId: caller.userId, action: "created", after: rule as Prisma.InputJsonObject } });
    const jobId = await createRecomputeJob(tx, `${rule.id} added to ${domain.slug}`, domain.id);
    return { rule, enabled: true, jobId };
  });
}

/** Replaces a rule's type, params, severity and description, or switches it on or off; the id stays. */
export async function updateDomainPolicy(db: PrismaClient, caller: Caller, slug: string, code: string, input: { rule?: unknown; enabled?: boolean }) {
  const rule = input.rule === undefined ? undefined : parseRuleOrThrow(input.rule);
  if (rule && rule.id !== code) throw new InvalidSpecError("A policy keeps its id", [{ path: "rule.id", message: `Keep the id ${code}; add a new policy for a new id` }]);
  return db.$transaction(async (tx) => {
    const domain = await authorise(tx, caller, slug);
    const existing = await tx.domainPolicy.findUnique({ where: { domainId_code: { domainId: domain.id, code } } });
    if (!existing) throw new NotFoundError(`${domain.name} has no policy ${code}`);
    const enabled = input.enabled ?? existing.enabled;
    await tx.domainPolicy.update({ where: { id: existing.id }, data: { ...(rule ? columns(rule) : {}), enabled, version: { increment: 1 } } });
    const before = { ...ruleOf(existing), enabled: existing.enabled };
    const after = { ...(rule ?? ruleOf(existing)), enabled };
    const action = rule ? "updated" : enabled ? "enabled" : "disabled";
    await tx.policyChange.create({ data: { domainPolicyId: existing.id, domainId: domain.id, actorId: caller.userId, action, before, after } });
    const jobId = await createRecomputeJob(tx, `${code} ${action} in ${domain.slug}`, domain.id);
    return { rule: after, enabled, jobId };
  });
}

export async function deleteDomainPolicy(db: PrismaClient, caller: Caller, slug: string, code: string) {
  return db.$transaction(async (tx) => {
    const domain = await authorise(tx, caller, slug);
    const existing = await tx.domainPolicy.findUnique({ where: { domainId_code: { domainId: domain.id, code } } });
    if (!existing) throw new NotFoundError(`${domain.name} has no policy ${code}`);
    await tx.policyChange.create({ data: { domainPolicyId: null, domainId: domain.id, actorId: caller.userId, action: "deleted", before: { ...ruleOf(existing), enabled: existing.enabled } } });
    await tx.domainPolicy.delete({ where: { id: existing.id } });
    const jobId = await createRecomputeJob(tx, `${code} deleted from ${domain.slug}`, domain.id);
    return { jobId };
  });
}

/** Every domain's own policies, for the generated policy catalogue. */
export async function listAllDomainPolicies(db: PrismaClient) {
  const rows = await db.domainPolicy.findMany({ orderBy: [{ domain: { name: "asc" } }, { code: "asc" }], include: { domain: { select: { slug: true, name: true } } } });
  return rows.map((row) => {
    const policy = domainPolicyFromRule(ruleOf(row));
    return { domain: row.domain, enabled: row.enabled, rule: ruleOf(row), doc: { id: policy.id, severity: policy.severity, title: policy.title, rationale: policy.rationale, remediation: policy.remediation, category: policy.category } };
  });
}
