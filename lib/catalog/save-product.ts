import "server-only";
import { evaluate, type EvaluationResult } from "@/lib/governance/evaluate";
import type { Policy } from "@/lib/governance/types";
import { Prisma, type ChangeKind, type PrismaClient } from "@/lib/generated/prisma/client";
import type { DataProductSpec } from "@/lib/spec/schema";
import { refreshConsumerCountsSql } from "./consumer-counts";
import { loadDomainPolicies } from "./domain-policies";
import { fromDbStatus } from "./enum-mapping";
import { missingProductError } from "./deleted-products";
import { ConflictError, InvalidSpecError, VersionConflictError } from "./errors";
import { governanceResultRows } from "./governance-results";
import {
  accessRoleRows,
  directoryName,
  inputPortRows,
  lineageEdgeRows,
  outputPortRows,
  productColumns,
  qualityCheckRows,
  schemaFieldsDocument,
  sloTableRows,
} from "./product-rows";
import { bindUpstream, sourceSystemMentions, sourceSystemName, upstreamRefs, type ResolvedUpstream, type UpstreamRecord } from "./upstream-binding";
import { assertMayWrite, type Actor } from "./write-rights";

type Tx = Prisma.TransactionClient;

export type { Actor } from "./write-rights";

export interface SaveProductOptions {
  actor: Actor;
  /** create refuses an existing slug; update refuses a missing one; upsert does either (CLI apply). */
  mode: "create" | "update" | "upsert";
  /** The `version` the caller read; a mismatch is a conflict instead of an overwrite. */
  expectedVersion?: number;
  changeKind?: ChangeKind;
  summary?: string;
  /** For seeding history: when this version was saved. */
  at?: Date;
}

export interface SaveProductResult {
  id: number;
  ref: string;
  version: number;
  created: boolean;
  unchanged: boolean;
  governance: EvaluationResult;
}

/**
 * Writes a validated spec as the product's new state, in one transaction: product, ports, fields,
 * SLOs (measurements kept), checks, roles, lineage edges, consumer counts of upstream products,
 * governance results and score, a history row, and the search document.
 * Publishing (status active) is refused while any error-level violation remains.
 */
export async function saveProductSpec(db: PrismaClient, spec: DataProductSpec, options: SaveProductOptions): Promise<SaveProductResult> {
  return db.$transaction((tx) => saveInTransaction(tx, spec, options), { timeout: 30_000 });
}

async function saveInTransaction(tx: Tx, spec: DataProductSpec, options: SaveProductOptions): Promise<SaveProductResult> {
  const { metadata } = spec;
  const ref = `${metadata.domain}/${metadata.name}`;
  const domain = await tx.domain.findUnique({ where: { slug: metadata.domain } });
  if (!domain) throw new InvalidSpecError(`Domain "${metadata.domain}" does not exist`, [{ path: "metadata.domain", message: `No domain "${metadata.domain}"; pick an existing domain` }]);
  const team = await tx.team.findUnique({ where: { slug: metadata.owner.team } });
  if (!team) throw new InvalidSpecError(`Team "${metadata.owner.team}" does not exist`, [{ path: "metadata.owner.team", message: `No team "${metadata.owner.team}"; pick an existing team` }]);

  const existing = await tx.dataProduct.findUnique({
    where: { domainId_name: { domainId: domain.id, name: metadata.name } },
    select: { id: true, version: true, owningTeamId: true, status: true },
  });
  if (existing && options.mode === "create") throw new ConflictError(`A data product ${ref} already exists`, [{ path: "metadata.name", message: `${ref} already exists; choose another name or edit it` }]);
  if (!existing && options.mode === "update") throw await missingProductError(tx, metadata.domain, metadata.name);
  if (existing && options.expectedVersion !== undefined && existing.version !== options.expectedVersion) {
    throw new VersionConflictError(`${ref} was changed by someone else (now version ${existing.version}, you edited version ${options.expectedVersion})`, existing.version);
  }
  assertMayWrite(options.actor, existing ? { owningTeamId: existing.owningTeamId, domainOwningTeamId: domain.owningTeamId } : null, { owningTeamId: team.id, domainOwningTeamId: domain.owningTeamId }, ref);

  const upstream = await resolveUpstream(tx, spec);
  const status = metadata.status ?? (existing ? fromDbStatus(existing.status) : "draft");
  const extraPolicies: Policy[] = await loadDomainPolicies(tx, domain.id);
  const governance = evaluate(spec, { upstream: upstream.states, targetStatus: status }, extraPolicies);
  if (status === "active" && !governance.canPublish) {
    const blocking = governance.violations.filter((violation) => violation.severity === "error");
    throw new InvalidSpecError(
      `${ref} cannot be active while ${blocking.length} governance error(s) remain`,
      blocking.map((violation) => ({ path: violation.path, message: `${violation.policyId}: ${violation.message}` })),
    );
  }

  const people = await resolvePeople(tx, metadata.owner);
  const columns = {
    ...productColumns(spec, { status, teamId: team.id, people, governance }),
    ...(options.at ? { updatedAt: options.at } : {}),
  };

  const product = existing
    ? await tx.dataProduct.update({ where: { id: existing.id }, data: { ...columns, version: { increment: 1 } }, select: { id: true, version: true } })
    : await tx.dataProduct.create({ data: { ...columns, domainId: domain.id, name: metadata.name, ...(options.at ? { createdAt: options.at } : {}) }, select: { id: true, version: true } });

  await writeOutputPorts(tx, product.id, spec);
  await writeChildren(tx, product.id, spec, upstream);
  await writeSlos(tx, product.id, spec);
  const previousUpstream = await replaceEdges(tx, product.id, domain.id, upstream);
  await refreshConsumerCounts(tx, [...new Set([...previousUpstream, ...upstream.products.map((item) => item.id)])]);
  await writeGovernance(tx, product.id, governance);
  await tx.productVersion.create({
    data: {
      productId: product.id,
      version: product.version,
      semanticVersion: metadata.version,
      changeKind: options.changeKind ?? (existing ? "UPDATED" : "CREATED"),
      summary: options.summary ?? null,
      spec: spec as unknown as Prisma.InputJsonObject,
      authorId: options.actor === "system" ? null : options.actor.userId,
      ...(options.at ? { createdAt: options.at } : {}),
    },
  });
  await tx.$executeRaw`SELECT refresh_product_search(ARRAY[${product.id}]::int[])`;
  return { id: product.id, ref, version: product.version, created: !existing, unchanged: false, governance };
}

async function resolveUpstream(tx: Tx, spec: DataProductSpec): Promise<ResolvedUpstream> {
  const found = new Map<string, UpstreamRecord>();
  for (const ref of new Set(upstreamRefs(spec).map((item) => item.ref))) {
    const [domainSlug, name] = ref.split("/");
    const product = await tx.dataProduct.findFirst({
      where: { name, domain: { slug: domainSlug } },
      select: { id: true, domainId: true, status: true, outputPorts: { select: { id: true, name: true } }, slos: { where: { kind: "FRESHNESS" }, select: { targetValue: true } } },
    });
    if (product) found.set(ref, { ...product, freshness: product.slos[0]?.targetValue ?? null });
  }
  const sourceSystemIds = new Map<string, number>();
  for (const { slug, technology } of sourceSystemMentions(spec)) {
    if (sourceSystemIds.has(slug)) continue;
    const system = await tx.sourceSystem.upsert({ where: { slug }, update: {}, create: { slug, name: sourceSystemName(slug), technology }, select: { id: true } });
    sourceSystemIds.set(slug, system.id);
  }
  const bound = bindUpstream(spec, found, sourceSystemIds);
  if (!bound.ok) throw new InvalidSpecError(`${bound.errors.length} upstream reference(s) cannot be resolved`, bound.errors);
  return bound.upstream;
}

async function resolvePeople(tx: Tx, owner: DataProductSpec["metadata"]["owner"]) {
  const person = async (email?: string) => {
    if (!email) return null;
    // A named person who has never signed in still gets a directory entry, without a password.
    const user = await tx.user.upsert({ where: { email }, update: {}, create: { email, name: directoryName(email) }, select: { id: true } });
    return user.id;
  };
  return { ownerId: await person(owner.productOwner), stewardId: await person(owner.steward) };
}

/** Output ports are matched by name, so downstream input ports stay bound across edits. */
async function writeOutputPorts(tx: Tx, productId: number, spec: DataProductSpec) {
  const ports = outputPortRows(spec);
  await tx.outputPort.deleteMany({ where: { productId, name: { notIn: ports.map((port) => port.name) } } });
  for (const { name, ...data } of ports) {
    await tx.outputPort.upsert({ where: { productId_name: { productId, name } }, update: data, create: { ...data, productId, name } });
  }
}

async function writeChildren(tx: Tx, productId: number, spec: DataProductSpec, upstream: ResolvedUpstream) {
  await Promise.all([
    tx.inputPort.deleteMany({ where: { productId } }),
    tx.productSchema.deleteMany({ where: { productId } }),
    tx.qualityCheck.deleteMany({ where: { productId } }),
    tx.accessRole.deleteMany({ where: { productId } }),
  ]);
  const inputs = inputPortRows(spec, upstream);
  if (inputs.length) await tx.inputPort.createMany({ data: inputs.map((row) => ({ ...row, productId })) });
  const fields = schemaFieldsDocument(spec);
  if (fields.length) await tx.productSchema.create({ data: { productId, fields } });
  const checks = qualityCheckRows(spec);
  if (checks.length) await tx.qualityCheck.createMany({ data: checks.map((row) => ({ ...row, productId })) });
  const roles = accessRoleRows(spec);
  if (roles.length) await tx.accessRole.createMany({ data: roles.map((row) => ({ ...row, productId })) });
}

/** SLOs are matched by kind so their measurement history survives edits to the target. */
async function writeSlos(tx: Tx, productId: number, spec: DataProductSpec) {
  const rows = sloTableRows(spec);
  await tx.slo.deleteMany({ where: { productId, kind: { notIn: rows.map((row) => row.kind) } } });
  for (const { kind, ...data } of rows) {
    await tx.slo.upsert({ where: { productId_kind: { productId, kind } }, update: data, create: { ...data, productId, kind } });
  }
}

/** Replaces the product's incoming edges; returns the upstream products it used to read, whose consumer counts change. */
async function replaceEdges(tx: Tx, productId: number, domainId: number, upstream: ResolvedUpstream): Promise<number[]> {
  const previous = await tx.lineageEdge.findMany({ where: { downstreamProductId: productId, upstreamProductId: { not: null } }, select: { upstreamProductId: true } });
  await tx.lineageEdge.deleteMany({ where: { downstreamProductId: productId } });
  const data = lineageEdgeRows(domainId, upstream).map((row) => ({ ...row, downstreamProductId: productId }));
  if (data.length) await tx.lineageEdge.createMany({ data, skipDuplicates: true });
  return previous.map((edge) => edge.upstreamProductId!);
}

export async function refreshConsumerCounts(tx: Tx, productIds: number[]) {
  if (productIds.length) await tx.$executeRaw(refreshConsumerCountsSql(productIds));
}

async function writeGovernance(tx: Tx, productId: number, governance: EvaluationResult) {
  await tx.governanceResult.deleteMany({ where: { productId } });
  if (!governance.violations.length) return;
  await tx.governanceResult.createMany({ data: governanceResultRows(governance).map((row) => ({ ...row, productId })) });
}

