import { z } from "zod";
import type { DataProductSpec, DataProductSpecInput } from "./schema";

/**
 * Open Data Product Standard (ODPS) v1.0.0 ⇄ our datamesh.io/v1 spec. ODPS has no place for
 * schema fields, SLOs, quality tests, lineage, access, deprecation, the owning team or port
 * locations, so those travel in top-level `customProperties` and a round trip loses nothing.
 * The mapping is documented in docs/odps-mapping.md.
 */

export const ODPS_API_VERSION = "v1.0.0";

const customProperty = z.strictObject({ property: z.string().min(1), value: z.unknown(), description: z.string().optional() });
const authoritativeDefinition = z.strictObject({
  type: z.enum(["businessDefinition", "transformationImplementation", "videoTutorial", "tutorial", "implementation"]),
  url: z.string(),
  description: z.string().optional(),
});
const tags = z.array(z.string());
const extras = { tags: tags.optional(), customProperties: z.array(customProperty).optional(), authoritativeDefinitions: z.array(authoritativeDefinition).optional() };

/** The ODPS v1.0.0 JSON schema, as zod: unknown keys are errors there too. */
export const odpsDocumentSchema = z.strictObject({
  apiVersion: z.enum(["v0.9.0", "v1.0.0"]),
  kind: z.literal("DataProduct"),
  id: z.string().min(1),
  name: z.string().optional(),
  version: z.string().optional(),
  status: z.string(),
  domain: z.string().optional(),
  tenant: z.string().optional(),
  authoritativeDefinitions: z.array(authoritativeDefinition).optional(),
  description: z
    .strictObject({ purpose: z.string().optional(), limitations: z.string().optional(), usage: z.string().optional(), ...extras })
    .optional(),
  customProperties: z.array(customProperty).optional(),
  tags: tags.optional(),
  inputPorts: z.array(z.strictObject({ name: z.string(), version: z.string(), contractId: z.string() })).optional(),
  outputPorts: z
    .array(
      z.strictObject({
        name: z.string(),
        description: z.string().optional(),
        type: z.string().optional(),
        version: z.string(),
        contractId: z.string().optional(),
        sbom: z.array(z.strictObject({ type: z.string().optional(), url: z.string() })).optional(),
        inputContracts: z.array(z.strictObject({ id: z.string(), version: z.string() })).optional(),
      }),
    )
    .optional(),
  managementPorts: z
    .array(
      z.strictObject({
        name: z.string(),
        content: z.string(),
        type: z.string().optional(),
        url: z.string().optional(),
        channel: z.string().optional(),
        description: z.string().optional(),
        ...extras,
      }),
    )
    .optional(),
  support: z
    .array(
      z.strictObject({
        channel: z.string(),
        url: z.string(),
        description: z.string().optional(),
        tool: z.string().optional(),
        scope: z.string().optional(),
        invitationUrl: z.string().optional(),
        ...extras,
      }),
    )
    .optional(),
  team: z
    .array(
      z.strictObject({
        username: z.string().optional(),
        name: z.string().optional(),
        description: z.string().optional(),
        role: z.string().optional(),
        dateIn: z.string().optional(),
        dateOut: z.string().optional(),
        replacedByUsername: z.string().optional(),
        ...extras,
      }),
    )
    .optional(),
  productCreatedTs: z.string().optional(),
});
export type OdpsDocument = z.infer<typeof odpsDocumentSchema>;

/** A parsed document in either format; ODPS is recognised by its `apiVersion`. */
export function isOdpsDocument(value: unknown): boolean {
  return typeof value === "object" && value !== null && "apiVersion" in value && /^v\d+\.\d+\.\d+$/.test(String((value as { apiVersion: unknown }).apiVersion));
}

/** Our custom property names; each holds the spec part of the same name, verbatim. */
const CARRIED = {
  owningTeam: "Slug of the team that owns the product (metadata.owner.team)",
  deprecation: "metadata.deprecation",
  schema: "spec.schema",
  slo: "spec.slo",
  quality: "spec.quality",
  lineage: "spec.lineage",
  access: "spec.access",
  outputPortDetails: "Technology details of each output port, by port name",
  inputPortDetails: "Upstream product, source system and technology of each input port, by port name",
} as const;
type CarriedKey = keyof typeof CARRIED;

const PRODUCT_OWNER_ROLE = "product owner";
const STEWARD_ROLE = "data steward";

export function specToOdps(spec: DataProductSpec): OdpsDocument {
  const { metadata, spec: body } = spec;
  const carried: Partial<Record<CarriedKey, unknown>> = {
    owningTeam: metadata.owner.team,
    deprecation: metadata.deprecation,
    schema: body.schema,
    slo: body.slo,
    quality: body.quality,
    lineage: body.lineage,
    access: body.access,
    outputPortDetails: portDetails(body.outputPorts, ["type", "description"]),
    inputPortDetails: portDetails(body.inputPorts, []),
  };
  const support = [
    ...(metadata.owner.email ? [{ channel: metadata.owner.email, url: `mailto:${metadata.owner.email}`, tool: "email", scope: "issues" }] : []),
    ...(metadata.owner.slack
      ? [{ channel: metadata.owner.slack, url: `https://slack.com/app_redirect?channel=${metadata.owner.slack.slice(1)}`, tool: "slack", scope: "interactive" }]
      : []),
  ];
  const team = [
    ...(metadata.owner.productOwner ? [{ username: metadata.owner.productOwner, role: PRODUCT_OWNER_ROLE }] : []),
    ...(metadata.owner.steward ? [{ username: metadata.owner.steward, role: STEWARD_ROLE }] : []),
  ];
  return prune({
    apiVersion: ODPS_API_VERSION,
    kind: "DataProduct",
    id: `${metadata.domain}/${metadata.name}`,
    name: metadata.title,
    version: metadata.version,
    // ODPS requires a status; "proposed" stands for "not stated", which our import reads back as absent.
    status: metadata.status ?? "proposed",
    domain: metadata.domain,
    description: body.description !== undefined ? { purpose: body.description } : undefined,
    tags: metadata.tags,
    authoritativeDefinitions: body.documentation?.map((link) => ({ type: "businessDefinition" as const, url: link.url, description: link.title })),
    inputPorts: body.inputPorts?.map((port) => ({
      name: port.name,
      version: metadata.version,
      contractId: port.product ? `${port.product}${port.port ? `:${port.port}` : ""}` : `source:${port.sourceSystem ?? port.name}`,
    })),
    outputPorts: body.outputPorts?.map((port) => ({ name: port.name, description: port.description, type: port.type, version: metadata.version })),
    support: support.length ? support : undefined,
    team: team.length ? team : undefined,
    customProperties: (Object.keys(CARRIED) as CarriedKey[])
      .filter((key) => carried[key] !== undefined)
      .map((key) => ({ property: key, value: carried[key], description: CARRIED[key] })),
  }) as OdpsDocument;
}

export interface OdpsImport {
  /** Not yet validated: the caller runs it through `dataProductSpecSchema` like any other input. */
  spec: DataProductSpecInput;
  /** ODPS content that has no place in our spec and was left out, so the preview can say so. */
  ignored: string[];
}

export function odpsToSpec(doc: OdpsDocument): OdpsImport {
  const ignored: string[] = [];
  const custom = new Map((doc.customProperties ?? []).map((item) => [item.property, item.value]));
  for (const key of custom.keys()) if (!(key in CARRIED)) ignored.push(`customProperties.${key}`);
  for (const key of ["tenant", "managementPorts", "productCreatedTs"] as const) if (doc[key] !== undefined) ignored.push(key);
  if (doc.description?.limitations || doc.description?.usage) ignored.push("description.limitations/usage (appended to the description)");

  const [idDomain, idName] = doc.id.includes("/") ? doc.id.split("/", 2) : [undefined, doc.id];
  const domain = doc.domain ?? idDomain ?? "";
  const name = idName ?? "";
  const supportBy = (tool: string) => doc.support?.find((item) => item.tool === tool);
  const member = (pattern: RegExp) => doc.team?.find((item) => item.role && pattern.test(item.role))?.username;
  const outputDetails = asRecord(custom.get("outputPortDetails"));
  const inputDetails = asRecord(custom.get("inputPortDetails"));
  const description = [doc.description?.purpose, doc.description?.limitations && `**Limitations:** ${doc.description.limitations}`, doc.description?.usage && `**Usage:** ${doc.description.usage}`]
    .filter(Boolean)
    .join("\n\n");

  const spec = prune({
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name,
      domain,
      version: doc.version?.replace(/^v(?=\d)/, ""),
      title: doc.name,
      status: doc.status === "proposed" ? undefined : doc.status,
      tags: doc.tags,
      owner: {
        team: custom.get("owningTeam"),
        email: supportBy("email")?.url.replace(/^mailto:/, ""),
        slack: supportBy("slack")?.channel,
        productOwner: member(/owner/i),
        steward: member(/steward/i),
      },
      deprecation: custom.get("deprecation"),
    },
    spec: {
      description: doc.description ? description : undefined,
      documentation: doc.authoritativeDefinitions?.map((item) => ({ title: item.description ?? item.url, url: item.url })),
      inputPorts: doc.inputPorts?.map((port) => ({ name: port.name, ...(asRecord(inputDetails?.[port.name]) ?? fromContractId(port.contractId)) })),
      outputPorts: doc.outputPorts?.map((port) => ({ name: port.name, type: port.type, description: port.description, ...asRecord(outputDetails?.[port.name]) })),
      schema: custom.get("schema"),
      slo: custom.get("slo"),
      quality: custom.get("quality"),
      lineage: custom.get("lineage"),
      access: custom.get("access"),
    },
  }) as DataProductSpecInput;
  return { spec, ignored };
}

/** Port fields ODPS has no key for, by port name; `homed` are the ones ODPS does hold. */
function portDetails(ports: readonly { name: string }[] | undefined, homed: string[]) {
  if (!ports?.length) return undefined;
  const details = Object.fromEntries(
    ports
      .map(({ name, ...rest }) => [name, Object.fromEntries(Object.entries(rest).filter(([key]) => !homed.includes(key)))] as const)
      .filter(([, rest]) => Object.keys(rest).length > 0),
  );
  return Object.keys(details).length ? details : undefined;
}

/** A foreign ODPS input port names its source only by contract id: `domain/name[:port]` or anything else as a source system. */
function fromContractId(contractId: string) {
  const match = /^([a-z0-9-]+(?:\/[a-z0-9-]+)?)(?::([a-z0-9-]+))?$/.exec(contractId);
  if (contractId.startsWith("source:")) return { sourceSystem: contractId.slice("source:".length) };
  return match ? { product: match[1], port: match[2] } : { sourceSystem: contractId };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Drops undefined values (recursively through plain objects and arrays) so documents say only what was set. */
function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined).map(([key, entry]) => [key, prune(entry)])) as T;
  }
  return value;
}
