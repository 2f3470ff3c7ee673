import "server-only";
import type { EvaluationResult } from "@/lib/governance/evaluate";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LifecycleStatus } from "@/lib/spec/enums";
import type { DataProductSpec, InputPortSpec, OutputPortSpec } from "@/lib/spec/schema";
import { toDbClassification, toDbSloKind, toDbStatus } from "./enum-mapping";
import { exportedField, portKind, qualifyRef, sloRows, type ProductExtras } from "./spec-mapping";
import type { ResolvedUpstream } from "./upstream-binding";

/**
 * The rows a spec is written as, shared by the single writer (save-product.ts) and the batch
 * writer (save-products-batch.ts) so both store exactly the same thing. Rows carry no productId;
 * each writer adds it.
 */

export interface ProductPeople {
  ownerId: number | null;
  stewardId: number | null;
}

/** The name a person named in a spec gets in the directory until they sign in themselves. */
export const directoryName = (email: string) => email.split("@")[0].replace(/[._-]+/g, " ");

/** The data_products columns of a spec, apart from its address (domainId, name) and version. */
export function productColumns(spec: DataProductSpec, context: { status: LifecycleStatus; teamId: number; people: ProductPeople; governance: EvaluationResult }) {
  const { metadata } = spec;
  const extras: ProductExtras = { upstreamProducts: spec.spec.lineage?.upstreamProducts };
  return {
    title: metadata.title ?? metadata.name,
    description: spec.spec.description ?? null,
    semanticVersion: metadata.version,
    status: toDbStatus(context.status),
    classification: spec.spec.access?.classification ? toDbClassification(spec.spec.access.classification) : null,
    retention: spec.spec.access?.retention ?? null,
    tags: metadata.tags ?? [],
    owningTeamId: context.teamId,
    ownerId: context.people.ownerId,
    stewardId: context.people.stewardId,
    contactEmail: metadata.owner.email ?? null,
    chatChannel: metadata.owner.slack ?? null,
    schemaType: spec.spec.schema?.type ?? null,
    maskingPolicy: spec.spec.access?.privacy?.masking_policy ?? null,
    piiColumns: spec.spec.access?.privacy?.pii_columns ?? [],
    // DbNull, not undefined: an update that drops the links or lineage hints must clear them.
    documentationLinks: spec.spec.documentation ?? Prisma.DbNull,
    extras: extras.upstreamProducts ? (extras as Prisma.InputJsonObject) : Prisma.DbNull,
    sunsetDate: metadata.deprecation ? new Date(`${metadata.deprecation.sunsetDate}T00:00:00Z`) : null,
    deprecationMessage: metadata.deprecation?.message ?? null,
    replacementRef: metadata.deprecation?.replacement ? qualifyRef(metadata.deprecation.replacement, metadata.domain) : null,
    governanceScore: context.governance.score,
    errorCount: context.governance.errors,
    warningCount: context.governance.warnings,
  };
}

export function portColumns(port: OutputPortSpec | InputPortSpec) {
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

export function outputPortRows(spec: DataProductSpec) {
  return (spec.spec.outputPorts ?? []).map((port, position) => ({ name: port.name, ...portColumns(port), position }));
}

export function inputPortRows(spec: DataProductSpec, upstream: ResolvedUpstream) {
  return (spec.spec.inputPorts ?? []).map((port, position) => {
    const bound = upstream.ports.get(position);
    return {
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
  });
}

/** The product_schemas document: the spec's fields in order, in the shape recordToSpec exports. */
export function schemaFieldsDocument(spec: DataProductSpec) {
  return (spec.spec.schema?.fields ?? []).map(exportedField);
}

export function qualityCheckRows(spec: DataProductSpec) {
  return (spec.spec.quality?.tests ?? []).map((test, position) => ({
    type: test.type,
    columns: test.columns ?? (test.column ? [test.column] : []),
    threshold: test.threshold ?? null,
    min: test.min ?? null,
    max: test.max ?? null,
    references: test.references ?? null,
    description: test.description ?? null,
    position,
  }));
}

export function accessRoleRows(spec: DataProductSpec) {
  return (spec.spec.access?.roles ?? []).map((role) => ({ name: role.name, description: role.description ?? null, permissions: role.permissions, principals: role.principals ?? [] }));
}

/** SLOs are keyed by kind, so their measurement history survives edits to the target. */
export function sloTableRows(spec: DataProductSpec) {
  return sloRows(spec).map((row) => ({ kind: toDbSloKind(row.kind), target: row.target, targetValue: row.targetValue, unit: row.unit, measurement: row.measurement }));
}

/** The product's incoming lineage edges. */
export function lineageEdgeRows(domainId: number, upstream: ResolvedUpstream) {
  return [
    ...upstream.products.map((item) => ({ upstreamProductId: item.id, sourceSystemId: null, crossDomain: item.domainId !== domainId, viaPort: item.viaPort })),
    ...upstream.sourceSystems.map((sourceSystemId) => ({ upstreamProductId: null, sourceSystemId, crossDomain: false, viaPort: true })),
  ];
}
