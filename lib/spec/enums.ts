/**
 * Vocabularies shared by the spec, the database and the UI.
 * Kept as plain readonly tuples so zod, Prisma mappings and select boxes read the same list.
 */
export const LIFECYCLE_STATUSES = ["draft", "active", "deprecated", "retired"] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const DOMAIN_KINDS = ["source-aligned", "consumer-aligned", "aggregate"] as const;
export type DomainKind = (typeof DOMAIN_KINDS)[number];

export const PORT_KINDS = ["table", "file", "stream", "api", "view"] as const;
export type PortKind = (typeof PORT_KINDS)[number];

/** Technologies a port can be served on, with the kind of port each one implies. */
export const PORT_TECHNOLOGIES = {
  snowflake: "table",
  bigquery: "table",
  databricks: "table",
  redshift: "table",
  postgres: "table",
  iceberg: "table",
  s3: "file",
  gcs: "file",
  adls: "file",
  sftp: "file",
  kafka: "stream",
  kinesis: "stream",
  pubsub: "stream",
  rest: "api",
  graphql: "api",
  grpc: "api",
} as const satisfies Record<string, PortKind>;
export type PortTechnology = keyof typeof PORT_TECHNOLOGIES;
export const PORT_TECHNOLOGY_NAMES = Object.keys(PORT_TECHNOLOGIES) as [PortTechnology, ...PortTechnology[]];

export const SLO_KINDS = ["freshness", "availability", "completeness", "accuracy"] as const;
export type SloKind = (typeof SLO_KINDS)[number];

export const QUALITY_TEST_TYPES = [
  "uniqueness",
  "not_null",
  "range",
  "freshness",
  "referential_integrity",
  "accepted_values",
  "row_count",
  "custom",
] as const;
export type QualityTestType = (typeof QUALITY_TEST_TYPES)[number];

export const SCHEMA_TYPES = ["avro", "json-schema", "protobuf", "sql", "parquet"] as const;

export const FIELD_TYPES = [
  "string",
  "integer",
  "long",
  "decimal",
  "double",
  "boolean",
  "date",
  "timestamp",
  "uuid",
  "json",
  "array",
  "map",
  "struct",
  "bytes",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
