import { z } from "zod";
import {
  CLASSIFICATIONS,
  FIELD_TYPES,
  LIFECYCLE_STATUSES,
  PORT_KINDS,
  PORT_TECHNOLOGY_NAMES,
  QUALITY_TEST_TYPES,
  SCHEMA_TYPES,
} from "./enums";

/**
 * The data product spec: the `apiVersion: datamesh.io/v1` document a team keeps next to its code.
 * Forms, server actions, the REST API, YAML import/export, the CLI and the OpenAPI document all
 * parse with these schemas, so descriptions live here and nowhere else.
 * Objects are strict: an unknown key is an error that names it, never silently dropped.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export const slug = z
  .string()
  .min(2, "Use at least 2 characters")
  .max(63, "Use at most 63 characters")
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, e.g. customer-360");

/** `domain/name`, or a bare `name` that resolves within the product's own domain. */
export const productRef = z
  .string()
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/, "Reference a product as domain/name or name")
  .describe("An upstream data product, as `domain/name` or a bare `name` in the same domain");

const shortText = (max: number) => z.string().trim().min(1, "Must not be empty").max(max, `Use at most ${max} characters`);
const email = z.email("Enter a valid email address, e.g. team@example.com");
const chatChannel = z
  .string()
  .regex(/^#[a-z0-9][a-z0-9._-]{0,79}$/, "Start a chat channel with # and use lowercase letters, digits, . _ -, e.g. #orders-data");

export const ownerSchema = z
  .strictObject({
    team: slug.describe("Slug of the owning team"),
    email: email.optional().describe("Team mailbox consumers write to"),
    slack: chatChannel.optional().describe("Support chat channel, e.g. #customer-data-support"),
    productOwner: email.optional().describe("Email of the person accountable for the product"),
    steward: email.optional().describe("Email of the data steward"),
  })
  .describe("Who owns the product and how to reach them");

export const deprecationSchema = z
  .strictObject({
    sunsetDate: z.iso.date("Use a date like 2027-03-31").describe("Day after which the product is retired"),
    message: shortText(2000).describe("What consumers should do"),
    replacement: productRef.optional().describe("The product that replaces this one"),
  })
  .describe("Present while the product is deprecated");

export const metadataSchema = z.strictObject({
  name: slug.describe("Name of the product, unique within its domain; with the domain it forms the address domain/name"),
  domain: slug.describe("Slug of the domain that publishes the product"),
  version: z
    .string()
    .regex(SEMVER_PATTERN, "Use a semantic version like 1.4.0")
    .describe("Semantic version of the product's contract"),
  title: shortText(120).optional().describe("Human-readable title; defaults to the name"),
  status: z.enum(LIFECYCLE_STATUSES).optional().describe("Lifecycle status; new products start as draft"),
  tags: z.array(slug).max(20, "Use at most 20 tags").optional().describe("Free tags for discovery"),
  owner: ownerSchema,
  deprecation: deprecationSchema.optional(),
});

const portLocationKeys = {
  location: z.string().max(500).optional().describe("URL or path consumers use, e.g. s3://bucket/prefix"),
  database: z.string().max(200).optional().describe("Database (warehouse ports)"),
  schema: z.string().max(200).optional().describe("Schema (warehouse ports)"),
  table: z.string().max(200).optional().describe("Table or view (warehouse ports)"),
  topic: z.string().max(250).optional().describe("Topic (stream ports)"),
  format: z.string().max(50).optional().describe("Data format, e.g. iceberg, parquet, avro, json"),
  description: z.string().max(2000).optional().describe("What this port offers"),
};

export const outputPortSchema = z
  .strictObject({
    name: slug.describe("Name of the port, unique within the product"),
    type: z.enum(PORT_TECHNOLOGY_NAMES).describe("Technology serving the port"),
    kind: z.enum(PORT_KINDS).optional().describe("Kind of access; implied by the technology when absent"),
    ...portLocationKeys,
  })
  .describe("How consumers read the product");

export const inputPortSchema = z
  .strictObject({
    name: slug.describe("Name of the port, unique within the product"),
    type: z.enum(PORT_TECHNOLOGY_NAMES).describe("Technology the data arrives on"),
    kind: z.enum(PORT_KINDS).optional().describe("Kind of access; implied by the technology when absent"),
    product: productRef.optional().describe("Upstream data product this port reads"),
    port: slug.optional().describe("Output port of the upstream product this port reads"),
    sourceSystem: slug.optional().describe("Operational source system this port reads, when not a data product"),
    usesFields: z.array(z.string().min(1)).optional().describe("Upstream fields this product reads, for field-level impact analysis"),
    ...portLocationKeys,
  })
  .describe("Where the product's data comes from");

export const schemaFieldSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "Start with a letter or _ and use letters, digits and _")
    .max(128)
    .describe("Column name"),
  type: z.enum(FIELD_TYPES).describe("Logical type"),
  description: z.string().max(1000).optional().describe("What the field means"),
  pii: z.boolean().optional().describe("Whether the field holds personal data; governance requires an explicit answer"),
  required: z.boolean().optional().describe("Whether every record has a value"),
  enum: z.array(z.string()).optional().describe("Allowed values"),
});

export const dataSchemaSchema = z.strictObject({
  type: z.enum(SCHEMA_TYPES).optional().describe("Schema language of the contract"),
  fields: z.array(schemaFieldSchema).max(500, "Use at most 500 fields").default([]),
});

export const sloTargetSchema = z.strictObject({
  target: z
    .string()
    .regex(
      /^\s*\d+(\.\d+)?\s*(%|minutes?|mins?|hours?|h|days?|d|seconds?|s)\s*$/i,
      "Write a target like 99.9% or 1 hour",
    )
    .describe("Target, e.g. `99.9%` or `1 hour`"),
  measurement: z.string().max(200).optional().describe("How the SLO is measured, e.g. max_latency_from_source"),
});

export const sloSchema = z
  .strictObject({
    freshness: sloTargetSchema.optional().describe("Maximum age of the newest data"),
    availability: sloTargetSchema.optional().describe("Share of time the output ports are readable"),
    completeness: sloTargetSchema.optional().describe("Share of expected records present"),
    accuracy: sloTargetSchema.optional().describe("Share of records passing accuracy checks"),
  })
  .describe("Service level objectives");

export const qualityTestSchema = z.strictObject({
  type: z.enum(QUALITY_TEST_TYPES).describe("Kind of check"),
  column: z.string().min(1).optional().describe("Column checked"),
  columns: z.array(z.string().min(1)).optional().describe("Columns checked"),
  threshold: z.string().max(50).optional().describe("Pass threshold, e.g. 100% or 99.5%"),
  min: z.number().optional().describe("Lower bound (range checks)"),
  max: z.number().optional().describe("Upper bound (range checks)"),
  references: z.string().max(200).optional().describe("Referenced product.field (referential integrity)"),
  description: z.string().max(500).optional(),
});

export const accessRoleSchema = z.strictObject({
  name: slug.describe("Role name"),
  description: z.string().max(500).optional(),
  permissions: z.array(z.enum(["read", "read_pii", "write", "admin"])).min(1, "Give the role at least one permission"),
  principals: z.array(z.string().min(1)).optional().describe("Groups or users holding the role"),
});

export const accessSchema = z.strictObject({
  classification: z.enum(CLASSIFICATIONS).optional().describe("Data classification"),
  retention: z.string().max(100).optional().describe("How long data is kept, e.g. 7 years"),
  privacy: z
    .strictObject({
      pii_columns: z.array(z.string()).optional().describe("Columns holding personal data"),
      masking_policy: z.string().max(200).optional().describe("How PII is masked for non-privileged readers"),
    })
    .optional(),
  roles: z.array(accessRoleSchema).optional().describe("Access roles and their permissions"),
});

export const documentationLinkSchema = z.strictObject({
  title: shortText(120),
  url: z.url("Enter a full URL, e.g. https://wiki.example.com/page"),
});

export const specBodySchema = z.strictObject({
  description: z.string().max(20000, "Use at most 20,000 characters").optional().describe("Markdown description"),
  documentation: z.array(documentationLinkSchema).optional().describe("Links to further documentation"),
  inputPorts: z.array(inputPortSchema).optional(),
  outputPorts: z.array(outputPortSchema).optional(),
  schema: dataSchemaSchema.optional(),
  slo: sloSchema.optional(),
  quality: z.strictObject({ tests: z.array(qualityTestSchema).default([]) }).optional(),
  lineage: z
    .strictObject({ upstreamProducts: z.array(productRef).optional().describe("Upstream products not bound through an input port") })
    .optional(),
  access: accessSchema.optional(),
});

export const dataProductSpecSchema = z
  .strictObject({
    apiVersion: z.literal("datamesh.io/v1", "apiVersion must be datamesh.io/v1"),
    kind: z.literal("DataProduct", "kind must be DataProduct"),
    metadata: metadataSchema,
    spec: specBodySchema,
  })
  .superRefine((doc, ctx) => {
    const unique = (items: { name: string }[] | undefined, path: (string | number)[], what: string) => {
      const seen = new Set<string>();
      items?.forEach((item, index) => {
        if (seen.has(item.name)) {
          ctx.addIssue({ code: "custom", path: [...path, index, "name"], message: `Duplicate ${what} name "${item.name}"` });
        }
        seen.add(item.name);
      });
    };
    unique(doc.spec.inputPorts, ["spec", "inputPorts"], "input port");
    unique(doc.spec.outputPorts, ["spec", "outputPorts"], "output port");
    unique(doc.spec.schema?.fields, ["spec", "schema", "fields"], "field");

    const self = `${doc.metadata.domain}/${doc.metadata.name}`;
    const isSelf = (ref: string) => ref === self || ref === doc.metadata.name;
    doc.spec.inputPorts?.forEach((port, index) => {
      if (port.product && isSelf(port.product)) {
        ctx.addIssue({ code: "custom", path: ["spec", "inputPorts", index, "product"], message: "A product cannot read from itself" });
      }
      if (port.product && port.sourceSystem) {
        ctx.addIssue({
          code: "custom",
          path: ["spec", "inputPorts", index, "sourceSystem"],
          message: "Point an input port at a product or a source system, not both",
        });
      }
    });
    doc.spec.lineage?.upstreamProducts?.forEach((ref, index) => {
      if (isSelf(ref)) {
        ctx.addIssue({ code: "custom", path: ["spec", "lineage", "upstreamProducts", index], message: "A product cannot depend on itself" });
      }
    });
  })
  .describe("A data product spec (datamesh.io/v1)");

export type DataProductSpec = z.infer<typeof dataProductSpecSchema>;
export type DataProductSpecInput = z.input<typeof dataProductSpecSchema>;
export type OutputPortSpec = z.infer<typeof outputPortSchema>;
export type InputPortSpec = z.infer<typeof inputPortSchema>;
export type SchemaFieldSpec = z.infer<typeof schemaFieldSchema>;
export type QualityTestSpec = z.infer<typeof qualityTestSchema>;
