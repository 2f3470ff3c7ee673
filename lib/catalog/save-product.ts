import "server-only";
import { evaluate, type EvaluationResult } from "@/lib/governance/evaluate";
import type { Policy, UpstreamProductState } from "@/lib/governance/types";
import type { Caller } from "@/lib/auth/permissions";
import { canEditProduct, canPublishInto } from "@/lib/auth/permissions";
import type { ChangeKind, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DataProductSpec, InputPortSpec, OutputPortSpec } from "@/lib/spec/schema";
import { loadDomainPolicies } from "./domain-policies";
import { fromDbStatus, toDbClassification, toDbSloKind, toDbStatus } from "./enum-mapping";
import { ConflictError, ForbiddenError, InvalidSpecError, NotFoundError, VersionConflictError, type FieldError } from "./errors";
import { portKind, qualifyRef, sloRows, type ProductExtras } from "./spec-mapping";

type Tx = Prisma.TransactionClient;

/** The system seeds and migrates; everyone else is a Caller whose rights are checked here. */
export type Actor = Caller | "system";

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
  if (!existing && options.mode === "update") throw new NotFoundError(`No data product ${ref}`);
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
  const extras: ProductExtras = { upstreamProducts: spec.spec.lineage?.upstreamProducts };
  const columns = {
    title: metadata.title ?? metadata.name,
    description: spec.spec.description ?? null,
    semanticVersion: metadata.version,
    status: toDbStatus(status),
    classification: spec.spec.access?.classification ? toDbClassification(spec.spec.access.classification) : null,
    retention: spec.spec.access?.retention ?? null,
    tags: metadata.tags ?? [],
    owningTeamId: team.id,
    ownerId: people.ownerId,
    stewardId: people.stewardId,
    contactEmail: metadata.owner.email ?? null,
    chatChannel: metadata.owner.slack ?? null,
    schemaType: spec.spec.schema?.type ?? null,
    maskingPolicy: spec.spec.access?.privacy?.masking_policy ?? null,
    piiColumns: spec.spec.access?.privacy?.pii_columns ?? [],
    documentationLinks: spec.spec.documentation ?? undefined,
    extras: extras.upstreamProducts ? (extras as Prisma.InputJsonObject) : undefined,
    sunsetDate: metadata.deprecation ? new Date(`${metadata.deprecation.sunsetDate}T00:00:00Z`) : null,
    deprecationMessage: metadata.deprecation?.message ?? null,
    replacementRef: metadata.deprecation?.replacement ? qualifyRef(metadata.deprecation.replacement, metadata.domain) : null,
    governanceScore: governance.score,
    errorCount: governance.errors,
    warningCount: governance.warnings,
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

function assertMayWrite(actor: Actor, current: { owningTeamId: number; domainOwningTeamId: number } | null, next: { owningTeamId: number; domainOwningTeamId: number }, ref: string) {
  if (actor === "system") return;
  if (current && !canEditProduct(actor, current)) throw new ForbiddenError(`You are not a member of the team that owns ${ref}`);
  if (!current || current.owningTeamId !== next.owningTeamId) {
    if (!canPublishInto(actor, next)) throw new ForbiddenError(`You cannot publish ${ref}: publish into a domain your team owns, with a team you belong to`, [{ path: "metadata.owner.team", message: "Pick a team you belong to, in a domain your team owns" }]);
  }
}

interface ResolvedUpstream {
  products: { id: number; domainId: number; ref: string; viaPort: boolean }[];
  ports: Map<number, { productId?: number; outputPortId?: number; sourceSystemId?: number; ref?: string }>;
  sourceSystems: number[];
  states: UpstreamProductState[];
}

async function resolveUpstream(tx: Tx, spec: DataProductSpec): Promise<ResolvedUpstream> {
  const own = spec.metadata.domain;
  const inputs = spec.spec.inputPorts ?? [];
  const refs = [
    ...inputs.flatMap((port, index) => (port.product ? [{ ref: qualifyRef(port.product, own), path: `spec.inputPorts[${index}].product`, viaPort: true }] : [])),
    ...(spec.spec.lineage?.upstreamProducts ?? []).map((ref, index) => ({ ref: qualifyRef(ref, own), path: `spec.lineage.upstreamProducts[${index}]`, viaPort: false })),
  ];
  const found = new Map<string, { id: number; domainId: number; status: Parameters<typeof fromDbStatus>[0]; outputPorts: { id: number; name: string }[]; freshness: number | null }>();
  for (const ref of new Set(refs.map((item) => item.ref))) {
    const [domainSlug, name] = ref.split("/");
    const product = await tx.dataProduct.findFirst({
      where: { name, domain: { slug: domainSlug } },
      select: { id: true, domainId: true, status: true, outputPorts: { select: { id: true, name: true } }, slos: { where: { kind: "FRESHNESS" }, select: { targetValue: true } } },
    });
    if (product) found.set(ref, { ...product, freshness: product.slos[0]?.targetValue ?? null });
  }
  const errors: FieldError[] = refs.filter((item) => !found.has(item.ref)).map((item) => ({ path: item.path, message: `No data product ${item.ref}; reference an existing product as domain/name` }));

  const ports: ResolvedUpstream["ports"] = new Map();
  const sourceSystems: number[] = [];
  for (const [index, port] of inputs.entries()) {
    if (port.product) {
      const ref = qualifyRef(port.product, own);
      const upstream = found.get(ref);
      const outputPort = port.port ? upstream?.outputPorts.find((candidate) => candidate.name === port.port) : undefined;
      if (upstream && port.port && !outputPort) {
        errors.push({ path: `spec.inputPorts[${index}].port`, message: `${ref} has no output port "${port.port}"; choose one of: ${upstream.outputPorts.map((p) => p.name).join(", ") || "(none)"}` });
      }
      ports.set(index, { productId: upstream?.id, outputPortId: outputPort?.id, ref });
    } else if (port.sourceSystem) {
      const system = await tx.sourceSystem.upsert({
        where: { slug: port.sourceSystem },
        update: {},
        create: { slug: port.sourceSystem, name: port.sourceSystem.replace(/-/g, " "), technology: port.type },
        select: { id: true },
      });
      ports.set(index, { sourceSystemId: system.id });
      sourceSystems.push(system.id);
    }
  }
  if (errors.length) throw new InvalidSpecError(`${errors.length} upstream reference(s) cannot be resolved`, errors);

  const products = [...new Map(refs.map((item) => [item.ref, item])).values()].map((item) => {
    const upstream = found.get(item.ref)!;
    return { id: upstream.id, domainId: upstream.domainId, ref: item.ref, viaPort: refs.some((other) => other.ref === item.ref && other.viaPort) };
  });
  const states = [...found.entries()].map(([ref, upstream]) => ({ ref, status: fromDbStatus(upstream.status), freshnessMinutes: upstream.freshness ?? undefined }));
  return { products, ports, sourceSystems: [...new Set(sourceSystems)], states };
}

async function resolvePeople(tx: Tx, owner: DataProductSpec["metadata"]["owner"]) {
  const person = async (email?: string) => {
    if (!email) return null;
    // A named person who has never signed in still gets a directory entry, without a password.
    const user = await tx.user.upsert({ where: { email }, update: {}, create: { email, name: email.split("@")[0].replace(/[._-]+/g, " ") }, select: { id: true } });
    return user.id;
  };
  return { ownerId: await person(owner.productOwner), stewardId: await person(owner.steward) };
}

function portColumns(port: OutputPortSpec | InputPortSpec) {
  return {
    technology: port.type,
    kind: portKind(port.type, port.kind),
    location: port.location ?? null,
    format: port.format ?? null,
    database: port.database ?? null,
    schemaName: port.schema ?? null,
    tableName: port.table ?? null,
    topic: port.topic ?? null,
    description: port.description ?? null,
  };
}

/** Output ports are matched by name, so downstream input ports stay bound across edits. */
async function writeOutputPorts(tx: Tx, productId: number, spec: DataProductSpec) {
  const ports = spec.spec.outputPorts ?? [];
  await tx.outputPort.deleteMany({ where: { productId, name: { notIn: ports.map((port) => port.name) } } });
  for (const [position, port] of ports.entries()) {
    const data = { ...portColumns(port), position };
    await tx.outputPort.upsert({ where: { productId_name: { productId, name: port.name } }, update: data, create: { ...data, productId, name: port.name } });
  }
}

async function writeChildren(tx: Tx, productId: number, spec: DataProductSpec, upstream: ResolvedUpstream) {
  await Promise.all([
    tx.inputPort.deleteMany({ where: { productId } }),
    tx.schemaField.deleteMany({ where: { productId } }),
    tx.qualityCheck.deleteMany({ where: { productId } }),
    tx.accessRole.deleteMany({ where: { productId } }),
  ]);
  const inputs = spec.spec.inputPorts ?? [];
  if (inputs.length) {
    await tx.inputPort.createMany({
      data: inputs.map((port, position) => {
        const bound = upstream.ports.get(position);
        return {
          productId,
          name: port.name,
          ...portColumns(port),
          sourceRef: bound?.ref ?? null,
          sourcePortName: port.port ?? null,
          sourceProductId: bound?.productId ?? null,
          sourceOutputPortId: bound?.outputPortId ?? null,
          sourceSystemId: bound?.sourceSystemId ?? null,
          usesFields: port.usesFields ?? [],
          position,
        };
      }),
    });
  }
  const fields = spec.spec.schema?.fields ?? [];
  if (fields.length) {
    await tx.schemaField.createMany({
      data: fields.map((field, position) => ({
        productId,
        name: field.name,
        type: field.type,
        description: field.description ?? null,
        pii: field.pii ?? null,
        required: field.required ?? false,
        enumValues: field.enum ?? [],
        position,
      })),
    });
  }
  const tests = spec.spec.quality?.tests ?? [];
  if (tests.length) {
    await tx.qualityCheck.createMany({
      data: tests.map((test, position) => ({
        productId,
        type: test.type,
        columns: test.columns ?? (test.column ? [test.column] : []),
        threshold: test.threshold ?? null,
        min: test.min ?? null,
        max: test.max ?? null,
        references: test.references ?? null,
        description: test.description ?? null,
        position,
      })),
    });
  }
  const roles = spec.spec.access?.roles ?? [];
  if (roles.length) {
    await tx.accessRole.createMany({
      data: roles.map((role) => ({ productId, name: role.name, description: role.description ?? null, permissions: role.permissions, principals: role.principals ?? [] })),
    });
  }
}

/** SLOs are matched by kind so their measurement history survives edits to the target. */
async function writeSlos(tx: Tx, productId: number, spec: DataProductSpec) {
  const rows = sloRows(spec);
  await tx.slo.deleteMany({ where: { productId, kind: { notIn: rows.map((row) => toDbSloKind(row.kind)) } } });
  for (const row of rows) {
    const data = { target: row.target, targetValue: row.targetValue, unit: row.unit, measurement: row.measurement };
    await tx.slo.upsert({ where: { productId_kind: { productId, kind: toDbSloKind(row.kind) } }, update: data, create: { ...data, productId, kind: toDbSloKind(row.kind) } });
  }
}

/** Replaces the product's incoming edges; returns the upstream products it used to read, whose consumer counts change. */
async function replaceEdges(tx: Tx, productId: number, domainId: number, upstream: ResolvedUpstream): Promise<number[]> {
  const previous = await tx.lineageEdge.findMany({ where: { downstreamProductId: productId, upstreamProductId: { not: null } }, select: { upstreamProductId: true } });
  await tx.lineageEdge.deleteMany({ where: { downstreamProductId: productId } });
  const data = [
    ...upstream.products.map((item) => ({ upstreamProductId: item.id, downstreamProductId: productId, crossDomain: item.domainId !== domainId, viaPort: item.viaPort })),
    ...upstream.sourceSystems.map((sourceSystemId) => ({ sourceSystemId, downstreamProductId: productId, crossDomain: false, viaPort: true })),
  ];
  if (data.length) await tx.lineageEdge.createMany({ data, skipDuplicates: true });
  return previous.map((edge) => edge.upstreamProductId!);
}

export async function refreshConsumerCounts(tx: Tx, productIds: number[]) {
  if (!productIds.length) return;
  await tx.$executeRaw`
    UPDATE "data_products" p SET "consumerCount" = (SELECT count(*) FROM "lineage_edges" e WHERE e."upstreamProductId" = p."id")
    WHERE p."id" = ANY(${productIds}::int[])`;
}

async function writeGovernance(tx: Tx, productId: number, governance: EvaluationResult) {
  await tx.governanceResult.deleteMany({ where: { productId } });
  if (!governance.violations.length) return;
  await tx.governanceResult.createMany({
    data: governance.violations.map((violation) => ({
      productId,
      policyId: violation.policyId,
      severity: violation.severity === "error" ? "ERROR" : "WARNING",
      path: violation.path,
      message: violation.message,
      remediation: violation.remediation,
    })),
  });
}

