import {
  PORT_TECHNOLOGIES,
  SLO_KINDS,
  type FieldType,
  type PortKind,
  type PortTechnology,
  type QualityTestType,
} from "@/lib/spec/enums";
import { z } from "zod";
import { schemaFieldSchema, type DataProductSpec, type SchemaFieldSpec } from "@/lib/spec/schema";
import { parseSloTarget } from "@/lib/spec/slo-target";
import { fromDbClassification, fromDbSloKind, fromDbStatus } from "./enum-mapping";
import type { ProductRecord } from "./product-record";

/**
 * The one place where a spec becomes rows and rows become a spec again.
 * Export → import → export yields the same document (tested on the whole demo mesh).
 */

/** Spec parts with no column of their own, kept in `DataProduct.extras`. */
export interface ProductExtras {
  upstreamProducts?: string[];
}

export function qualifyRef(ref: string, ownDomain: string): string {
  return ref.includes("/") ? ref : `${ownDomain}/${ref}`;
}

export function portKind(technology: PortTechnology, kind?: string): string {
  return kind ?? PORT_TECHNOLOGIES[technology];
}

export function sloRows(spec: DataProductSpec) {
  return SLO_KINDS.flatMap((kind) => {
    const slo = spec.spec.slo?.[kind];
    const target = slo ? parseSloTarget(slo.target) : null;
    if (!slo || !target) return [];
    return [{ kind, target: slo.target, targetValue: target.value, unit: target.unit, measurement: slo.measurement ?? null }];
  });
}

/** Drops undefined, null and empty arrays so exported YAML only says what the owner said. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== null && !(Array.isArray(entry) && entry.length === 0)),
  ) as T;
}

/**
 * A field as product_schemas stores it and recordToSpec exports it: `required` always said, no
 * empty enum, no nulls. Built key by key rather than through compact(): it runs for every field of
 * every product a batch writes, where compact's entries and filter were a twentieth of the apply.
 */
export function exportedField(field: { name: string; type: string; description?: string | null; pii?: boolean | null; required?: boolean; enum?: readonly string[] }): SchemaFieldSpec {
  const exported: SchemaFieldSpec = { name: field.name, type: field.type as FieldType };
  if (field.description != null) exported.description = field.description;
  if (field.pii != null) exported.pii = field.pii;
  exported.required = field.required ?? false;
  if (field.enum?.length) exported.enum = [...field.enum];
  return exported;
}

const storedFields = z.array(schemaFieldSchema);

/** The product's fields, read from its stored document with the spec's own field schema. */
export function recordFields(record: { schema: { fields: unknown } | null }): SchemaFieldSpec[] {
  return record.schema ? storedFields.parse(record.schema.fields).map(exportedField) : [];
}

function portLocation(port: ProductRecord["outputPorts"][number] | ProductRecord["inputPorts"][number]) {
  return {
    location: port.location ?? undefined,
    database: port.database ?? undefined,
    schema: port.schemaName ?? undefined,
    table: port.tableName ?? undefined,
    topic: port.topic ?? undefined,
    format: port.format ?? undefined,
    description: port.description ?? undefined,
  };
}

type SchemaType = NonNullable<NonNullable<DataProductSpec["spec"]["schema"]>["type"]>;
type Permission = DataProductSpec["spec"] extends { access?: { roles?: (infer R)[] } } ? (R extends { permissions: (infer P)[] } ? P : never) : never;

/** The kind is only written out when the owner overrode what the technology implies. */
function explicitKind(technology: string, kind: string): PortKind | undefined {
  return PORT_TECHNOLOGIES[technology as PortTechnology] === kind ? undefined : (kind as PortKind);
}

export function recordToSpec(record: ProductRecord): DataProductSpec {
  const extras = (record.extras ?? {}) as ProductExtras;
  const domain = record.domain.slug;
  const fields = recordFields(record);
  const slo = Object.fromEntries(
    record.slos
      .map((row) => [fromDbSloKind(row.kind), compact({ target: row.target, measurement: row.measurement ?? undefined })] as const)
      .sort(([a], [b]) => SLO_KINDS.indexOf(a) - SLO_KINDS.indexOf(b)),
  );
  const privacy = compact({
    pii_columns: record.piiColumns,
    masking_policy: record.maskingPolicy ?? undefined,
  });
  const access = compact({
    classification: record.classification ? fromDbClassification(record.classification) : undefined,
    retention: record.retention ?? undefined,
    privacy: Object.keys(privacy).length ? privacy : undefined,
    roles: record.accessRoles.map((role) =>
      compact({
        name: role.name,
        description: role.description ?? undefined,
        permissions: role.permissions as Permission[],
        principals: role.principals,
      }),
    ),
  });

  const body: DataProductSpec["spec"] = compact({
    description: record.description ?? undefined,
    documentation: (record.documentationLinks as { title: string; url: string }[] | null) ?? undefined,
    inputPorts: record.inputPorts.map((port) =>
      compact({
        name: port.name,
        type: port.technology as PortTechnology,
        kind: explicitKind(port.technology, port.kind),
        product: port.sourceRef ?? undefined,
        port: port.sourcePortName ?? undefined,
        sourceSystem: port.sourceSystem?.slug,
        usesFields: port.usesFields,
        ...portLocation(port),
      }),
    ),
    outputPorts: record.outputPorts.map((port) =>
      compact({ name: port.name, type: port.technology as PortTechnology, kind: explicitKind(port.technology, port.kind), ...portLocation(port) }),
    ),
    schema:
      record.schemaType || fields.length
        ? compact({ type: (record.schemaType ?? undefined) as SchemaType | undefined, fields })
        : undefined,
    slo: Object.keys(slo).length ? slo : undefined,
    quality: record.qualityChecks.length
      ? {
          tests: record.qualityChecks.map((check) =>
            compact({
              type: check.type as QualityTestType,
              ...(check.columns.length === 1 && check.type !== "not_null" ? { column: check.columns[0] } : { columns: check.columns }),
              threshold: check.threshold ?? undefined,
              min: check.min ?? undefined,
              max: check.max ?? undefined,
              references: check.references ?? undefined,
              description: check.description ?? undefined,
            }),
          ),
        }
      : undefined,
    lineage: extras.upstreamProducts?.length ? { upstreamProducts: extras.upstreamProducts } : undefined,
    access: Object.keys(access).length ? access : undefined,
  });

  return {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: compact({
      name: record.name,
      domain,
      version: record.semanticVersion,
      title: record.title,
      status: fromDbStatus(record.status),
      tags: record.tags,
      owner: compact({
        team: record.owningTeam.slug,
        email: record.contactEmail ?? undefined,
        slack: record.chatChannel ?? undefined,
        productOwner: record.owner?.email,
        steward: record.steward?.email,
      }),
      deprecation:
        record.sunsetDate && record.deprecationMessage
          ? compact({
              sunsetDate: record.sunsetDate.toISOString().slice(0, 10),
              message: record.deprecationMessage,
              replacement: record.replacementRef ?? undefined,
            })
          : undefined,
    }),
    spec: body,
  };
}
