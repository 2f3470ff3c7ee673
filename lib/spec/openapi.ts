import { z } from "zod";
import { LIFECYCLE_STATUSES } from "./enums";
import { dataProductSpecSchema } from "./schema";

/**
 * The OpenAPI 3.1 document of REST API v1, generated from the same zod schemas the handlers parse
 * with, so the reference page and client generators never drift from what the server accepts.
 */

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  void _ignored;
  return rest;
};

const fieldError = z.strictObject({ path: z.string().describe("Dotted path into the document, e.g. spec.outputPorts[0].type"), message: z.string() });
const errorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.string().describe("bad_request, unauthenticated, forbidden, not_found, conflict, version_conflict, payload_too_large, invalid"),
      message: z.string(),
      details: z.array(fieldError).describe("Every invalid field, with the allowed values where there is a list"),
      currentVersion: z.number().int().optional().describe("On version_conflict: the version stored now"),
    }),
  })
  .describe("Every error has this shape");
const violation = z.strictObject({
  policyId: z.string(),
  severity: z.enum(["error", "warning"]),
  path: z.string(),
  message: z.string(),
  remediation: z.string(),
});
const governance = z.strictObject({ score: z.number(), errors: z.number(), warnings: z.number(), canPublish: z.boolean(), violations: z.array(violation) });
const summary = z.strictObject({
  ref: z.string(),
  domain: z.string(),
  name: z.string(),
  title: z.string(),
  status: z.enum(LIFECYCLE_STATUSES),
  semanticVersion: z.string(),
  governanceScore: z.number(),
  consumerCount: z.number(),
  team: z.string(),
  updatedAt: z.string(),
});
const productResponse = z.strictObject({
  ref: z.string(),
  version: z.number().int().describe("Stored version; send it back as If-Match when you update"),
  spec: z.unknown(),
});
const saveResponse = z.strictObject({
  ref: z.string(),
  version: z.number().int(),
  created: z.boolean(),
  governance,
});
const batchItem = z.strictObject({
  ref: z.string().describe("domain/name of the spec, or #<position> when an invalid document names none"),
  outcome: z.enum(["created", "updated", "unchanged", "failed"]).describe("unchanged: the stored spec already equals this one; nothing was written"),
  version: z.number().int().optional().describe("The stored version after the batch"),
  score: z.number().optional().describe("The governance score"),
  error: errorBody.shape.error.optional().describe("Why this spec failed, in the shape of every API error: invalid, forbidden, conflict…"),
});
const batchResponse = z.strictObject({
  items: z.array(batchItem).describe("One answer per spec, in the order sent"),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
});
const validateResponse = z.strictObject({
  valid: z.boolean(),
  format: z.enum(["datamesh", "odps"]).optional(),
  problems: z.array(z.strictObject({ path: z.string(), message: z.string(), line: z.number().optional(), column: z.number().optional() })),
  ignored: z.array(z.string()).describe("ODPS content with no place in the spec"),
  governance: governance.optional(),
});
const versionItem = z.strictObject({
  version: z.number().int(),
  semanticVersion: z.string(),
  changeKind: z.string(),
  summary: z.string().nullable(),
  author: z.string().nullable(),
  createdAt: z.string(),
});

const json = (schema: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } });
const specBody = {
  required: true,
  description: "A datamesh.io/v1 spec as JSON or YAML (at most 1 MB)",
  content: { ...json("DataProductSpec"), "application/yaml": { schema: { $ref: "#/components/schemas/DataProductSpec" } } },
};
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: STATUS_TEXT[status], content: json("Error") },
    ]),
  );
const STATUS_TEXT: Record<number, string> = {
  400: "Malformed body (not JSON/YAML, or not an object)",
  401: "No valid token or session",
  403: "The caller may not change this product",
  404: "No such product",
  410: "A product was deleted at this address: the message says when and by whom",
  409: "The slug exists already, or the expected version is stale",
  413: "Body over 1 MB (a batch: over 32 MB)",
  422: "Invalid spec: every invalid field with its path",
};
const productParams = [
  { name: "domain", in: "path", required: true, schema: { type: "string" } },
  { name: "name", in: "path", required: true, schema: { type: "string" } },
];

export function openApiDocument(serverUrl = "/") {
  return {
    openapi: "3.1.0",
    info: {
      title: "Meshwork REST API",
      version: "1.0.0",
      description:
        "Register, read and evolve data products. Reads are open for non-restricted products; writes need `Authorization: Bearer <token>` (create tokens under Settings → API tokens) or a session.",
    },
    servers: [{ url: serverUrl }],
    security: [{}, { bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API token; it carries exactly its user's rights" } },
      schemas: {
        DataProductSpec: toSchema(dataProductSpecSchema),
        Error: toSchema(errorBody),
        ProductSummary: toSchema(summary),
        Product: toSchema(productResponse),
        SaveResult: toSchema(saveResponse),
        ValidationReport: toSchema(validateResponse),
        BatchResult: toSchema(batchResponse),
        Version: toSchema(versionItem),
      },
    },
    paths: {
      "/api/v1/data-products": {
        get: {
          operationId: "listDataProducts",
          summary: "List data products, most recently updated first",
          parameters: [
            { name: "domain", in: "query", schema: { type: "string" }, description: "Domain slug" },
            { name: "team", in: "query", schema: { type: "string" }, description: "Owning team slug" },
            { name: "status", in: "query", schema: { type: "string", enum: [...LIFECYCLE_STATUSES] } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
            { name: "cursor", in: "query", schema: { type: "string" }, description: "`nextCursor` of the previous page" },
          ],
          responses: {
            "200": {
              description: "A page of products",
              content: { "application/json": { schema: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/ProductSummary" } }, nextCursor: { type: ["string", "null"] } } } } },
            },
            ...errors(400),
          },
        },
        post: {
          operationId: "createDataProduct",
          summary: "Register a data product",
          requestBody: specBody,
          responses: { "201": { description: "Created", content: json("SaveResult") }, ...errors(400, 401, 403, 409, 413, 422) },
        },
      },
      "/api/v1/data-products/batch": {
        post: {
          operationId: "applyDataProducts",
          summary: "Create or update up to 500 products at once (what `meshwork apply` calls)",
          description:
            "Each spec is validated, rights-checked and saved on its own: one that fails does not stop the others, and one equal to the stored spec is answered `unchanged` without a write. Updates are based on the version stored when the batch runs (the rows are locked for the batch); the body may be up to 32 MB, each spec at most 1 MB.",
          requestBody: {
            required: true,
            description: "`{ specs: [...] }` with datamesh.io/v1 or ODPS v1.0.0 documents, as JSON or YAML",
            content: Object.fromEntries(
              ["application/json", "application/yaml"].map((type) => [
                type,
                { schema: { type: "object", required: ["specs"], additionalProperties: false, properties: { specs: { type: "array", minItems: 1, maxItems: 500, items: { $ref: "#/components/schemas/DataProductSpec" } } } } },
              ]),
            ),
          },
          responses: { "200": { description: "One answer per spec", content: json("BatchResult") }, ...errors(400, 401, 413, 422) },
        },
      },
      "/api/v1/data-products/{domain}/{name}": {
        parameters: productParams,
        get: { operationId: "getDataProduct", summary: "Read a product's spec", responses: { "200": { description: "The product; its version is also the ETag", content: json("Product") }, ...errors(404, 410) } },
        put: {
          operationId: "updateDataProduct",
          summary: "Replace a product's spec",
          description: "Send the version you read as `If-Match` (or `?expectedVersion=`); a stale one answers 409 instead of overwriting.",
          parameters: [{ name: "If-Match", in: "header", schema: { type: "string" }, description: "The version you read, e.g. \"7\"" }],
          requestBody: specBody,
          responses: { "200": { description: "Saved", content: json("SaveResult") }, ...errors(400, 401, 403, 404, 409, 410, 413, 422) },
        },
        delete: { operationId: "deleteDataProduct", summary: "Delete a product (owners and maintainers of its team)", responses: { "204": { description: "Deleted" }, ...errors(401, 403, 404, 410) } },
      },
      "/api/v1/data-products/{domain}/{name}/versions": {
        parameters: productParams,
        get: {
          operationId: "listVersions",
          summary: "Every saved version, newest first",
          responses: { "200": { description: "Versions", content: { "application/json": { schema: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Version" } } } } } } }, ...errors(404, 410) },
        },
      },
      "/api/v1/data-products/{domain}/{name}/spec.yaml": {
        parameters: [...productParams, { name: "format", in: "query", schema: { type: "string", enum: ["datamesh", "odps"] }, description: "`odps` exports an ODPS v1.0.0 document" }],
        get: { operationId: "exportSpec", summary: "The spec as YAML", responses: { "200": { description: "YAML", content: { "application/yaml": { schema: { type: "string" } } } }, ...errors(404, 410) } },
      },
      "/api/v1/validate": {
        post: {
          operationId: "validateSpec",
          summary: "Validate a spec and report its governance, saving nothing",
          requestBody: { ...specBody, description: "A datamesh.io/v1 or ODPS v1.0.0 document, as JSON or YAML" },
          responses: { "200": { description: "The report (valid or not)", content: json("ValidationReport") }, ...errors(400, 413) },
        },
      },
    },
  };
}
