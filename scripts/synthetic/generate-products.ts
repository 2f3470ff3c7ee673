/** Data products and everything that hangs off them: ports, schema fields, SLOs, checks, results. */
import type pg from "pg";
import type { ProductRecord } from "@/lib/catalog/product-record";
import { exportedField, recordToSpec } from "@/lib/catalog/spec-mapping";
import { PORT_TECHNOLOGIES, type PortTechnology } from "@/lib/spec/enums";
import { arrayLiteral, TableWriter, type ProgressLog } from "./bulk";
import { evaluate, scoreOf, type Violation } from "./generate-governance";
import type { OrgPlan } from "./generate-org";
import type { LineagePlan } from "./generate-lineage";
import {
  COMMON_FIELDS, DESCRIPTION_LIMITS, ENTITIES, DESCRIPTION_USES, FORMATS_BY_KIND, FRESHNESS_TARGETS, GENERAL_TAGS,
  OUTPUT_TECHNOLOGIES, RETENTIONS, SCHEMA_TYPES_WEIGHTED, TAGS_BY_KIND, titleCase,
} from "./names";
import type { ProductPlan } from "./plan-products";
import { Rng } from "./prng";

const DAY = 86_400_000;
type SloStateName = "NONE" | "MET" | "AT_RISK" | "BREACHED";
const SLO_SEVERITY: Record<SloStateName, number> = { NONE: 0, MET: 1, AT_RISK: 2, BREACHED: 3 };

interface Writers {
  products: TableWriter;
  outputPorts: TableWriter;
  inputPorts: TableWriter;
  schemas: TableWriter;
  slos: TableWriter;
  checks: TableWriter;
  results: TableWriter;
  versions: TableWriter;
}

function openWriters(client: pg.ClientBase, log: ProgressLog): Writers {
  const text = (name: string) => ({ name, type: "text" });
  const int = (name: string) => ({ name, type: "int" });
  return {
    products: new TableWriter(client, {
      table: "data_products",
      columns: [
        int("id"), int("domainId"), text("name"), text("title"), text("description"), text("semanticVersion"),
        { name: "status", type: '"LifecycleStatus"' }, { name: "classification", type: '"Classification"' }, text("retention"),
        { name: "tags", type: "text", cast: "text[]" }, int("owningTeamId"), int("ownerId"), int("stewardId"), text("contactEmail"),
        text("chatChannel"), text("schemaType"), text("maskingPolicy"), { name: "piiColumns", type: "text", cast: "text[]" },
        { name: "documentationLinks", type: "text", cast: "jsonb" }, { name: "extras", type: "text", cast: "jsonb" },
        { name: "sunsetDate", type: "date" }, text("deprecationMessage"), text("replacementRef"), int("version"),
        int("governanceScore"), int("errorCount"), int("warningCount"), int("consumerCount"), { name: "sloState", type: '"SloState"' },
        { name: "createdAt", type: "timestamp(3)" }, { name: "updatedAt", type: "timestamp(3)" },
      ],
    }, log, 10_000),
    outputPorts: new TableWriter(client, {
      table: "output_ports",
      columns: [int("productId"), text("name"), text("technology"), text("kind"), text("location"), text("format"), text("database"), text("schemaName"), text("tableName"), text("topic"), text("description"), int("position")],
    }, log, 30_000),
    inputPorts: new TableWriter(client, {
      table: "input_ports",
      columns: [int("productId"), text("name"), text("technology"), text("kind"), text("location"), text("topic"), text("description"), int("sourceSystemId"), int("position")],
    }, log, 30_000),
    schemas: new TableWriter(client, {
      table: "product_schemas",
      columns: [int("productId"), { name: "fields", type: "text", cast: "json" }],
    }, log, 10_000),
    slos: new TableWriter(client, {
      table: "slos",
      columns: [int("productId"), { name: "kind", type: '"SloKind"' }, text("target"), { name: "targetValue", type: "float8" }, text("unit"), text("measurement"), { name: "state", type: '"SloState"' }, { name: "compliance", type: "float8" }],
    }, log, 50_000),
    checks: new TableWriter(client, {
      table: "quality_checks",
      columns: [int("productId"), text("type"), { name: "columns", type: "text", cast: "text[]" }, text("threshold"), { name: "min", type: "float8" }, { name: "max", type: "float8" }, text("references"), text("description"), int("position")],
    }, log, 30_000),
    results: new TableWriter(client, {
      table: "governance_results",
      columns: [int("productId"), text("policyId"), { name: "severity", type: '"Severity"' }, { name: "findings", type: "text", cast: "json" }, { name: "evaluatedAt", type: "timestamp(3)" }],
    }, log, 50_000),
    versions: new TableWriter(client, {
      table: "product_versions",
      columns: [int("productId"), int("version"), text("semanticVersion"), { name: "changeKind", type: '"ChangeKind"' }, { name: "spec", type: "text", cast: "jsonb" }, { name: "createdAt", type: "timestamp(3)" }],
    }, log, 5_000),
  };
}

const ENUMS: Record<string, readonly string[]> = {
  status: ["active", "inactive", "suspended", "deleted"],
  channel: ["web", "app", "store", "call-center", "partner"],
  event_type: ["created", "updated", "cancelled", "completed"],
  segment: ["consumer", "small-business", "enterprise"],
};

export interface ProductLoadResult {
  rows: Record<string, number>;
}

export async function loadProducts(client: pg.ClientBase, org: OrgPlan, emails: readonly string[], plan: ProductPlan, lineage: LineagePlan, seed: number, anchor: Date, log: ProgressLog): Promise<ProductLoadResult> {
  const rng = Rng.stream(seed, "product-details");
  const writers = openWriters(client, log);
  const at = (daysAgo: number) => new Date(anchor.getTime() - daysAgo * DAY).toISOString();
  const ref = (p: number) => `${org.domains[plan.domainIndex[p]].slug}/${plan.names[p]}`;
  let source = 0;

  for (let p = 0; p < plan.count; p++) {
    const id = p + 1;
    const domain = org.domains[plan.domainIndex[p]];
    const team = org.teams[plan.teamId[p] - 1];
    const status = plan.status[p];
    const name = plan.names[p];
    const entity = entityOf(name);
    const active = status === "ACTIVE";
    // Active products cannot carry errors (the save is refused), so error defects only on the rest.
    const errorDefects = !active && rng.chance(status === "DRAFT" ? 0.45 : 0.15);
    const defect = (chance: number) => errorDefects && rng.chance(chance);

    const fieldCount = rng.between(5, 20);
    const picked = rng.sample(COMMON_FIELDS, fieldCount);
    const fields = [{ name: `${entity.replace(/-/g, "_")}_id`, type: "string", pii: false as boolean | null, description: `Unique identifier of the ${entity.replace(/-/g, " ")}` as string | null, required: true }];
    for (const seedField of picked) {
      if (fields.length >= fieldCount) break;
      if (seedField.name === fields[0].name) continue;
      fields.push({ name: seedField.name, type: seedField.type, pii: seedField.pii, description: seedField.description, required: rng.chance(0.25) });
    }
    if (defect(0.4)) for (const i of rng.sample(fields.map((_, index) => index), rng.between(1, 2))) fields[i].pii = null;
    if (rng.chance(0.15)) for (const i of rng.sample(fields.map((_, index) => index).slice(1), rng.between(1, 3))) fields[i].description = null;
    const piiColumns = fields.filter((field) => field.pii === true).map((field) => field.name);

    let classification: string | null = piiColumns.length
      ? rng.weighted([["INTERNAL", 30], ["CONFIDENTIAL", 50], ["RESTRICTED", 20]] as const)
      : rng.weighted([["PUBLIC", 15], ["INTERNAL", 60], ["CONFIDENTIAL", 20], ["RESTRICTED", 5]] as const);
    if (defect(0.35)) classification = null;
    const retention = defect(0.3) ? null : rng.pick(RETENTIONS);
    const maskingPolicy = piiColumns.length && (classification === "CONFIDENTIAL" || classification === "RESTRICTED") ? "hash_pii_for_non_privileged" : null;
    const chatChannel = rng.chance(0.08) ? null : `#${team.slug}`;

    const title = titleCase(name);
    const use = rng.sample(DESCRIPTION_USES, 2);
    const fullDescription =
      `${title}: curated by the ${titleCase(domain.slug)} domain.\n\n## What one record is\nOne row per ${entity.replace(/-/g, " ")}` +
      `${name.includes("daily") ? " per day" : name.includes("hourly") ? " per hour" : ""}, with ${fields.length} columns; the key is \`${fields[0].name}\`.\n\n` +
      `## How to use it\n- Used for ${use[0]} and ${use[1]}.\n- Join on \`${fields[0].name}\`; timestamps are UTC.\n\n## Known limits\n- ${rng.pick(DESCRIPTION_LIMITS)}\n`;
    const description = defect(0.3) ? null : rng.chance(0.08) ? `${title}.` : fullDescription;

    const major = status === "DRAFT" ? 0 : rng.between(1, 4);
    const semanticVersion = `${major}.${rng.between(major === 0 ? 1 : 0, 12)}.${rng.between(0, 20)}`;
    const tags = [...rng.sample(TAGS_BY_KIND[domain.kind], rng.between(1, 2)), ...rng.sample(GENERAL_TAGS.filter((tag) => tag !== "pii"), rng.between(0, 3))];
    if (piiColumns.length) tags.push("pii");

    // SLOs: measured ones have a state; drafts are not measured yet.
    const slos: { kind: string; target: string; value: number; unit: string; measurement: string; state: SloStateName; compliance: number | null }[] = [];
    const measured = status !== "DRAFT";
    const sloState = (): SloStateName => (measured ? rng.weighted([["MET", 92], ["AT_RISK", 5], ["BREACHED", 3]] as const) : "NONE");
    const compliance = (state: SloStateName) => (state === "MET" ? 99 + rng.next() : state === "AT_RISK" ? 97 + rng.next() * 2 : state === "BREACHED" ? 85 + rng.next() * 12 : null);
    const addSlo = (kind: string, target: string, value: number, unit: string, measurement: string) => {
      const state = sloState();
      slos.push({ kind, target, value, unit, measurement, state, compliance: compliance(state) });
    };
    if (!defect(0.4)) {
      const target = rng.pick(FRESHNESS_TARGETS);
      const [amount, unit] = target.split(" ");
      addSlo("FRESHNESS", target, Number(amount) * (unit.startsWith("minute") ? 1 : unit.startsWith("hour") ? 60 : 1440), "minutes", "max_latency_from_source");
    }
    let availability: number | null = null;
    if (rng.chance(0.9)) {
      availability = rng.weighted([[99, 25], [99.5, 30], [99.9, 35], [99.95, 6], [98, 4]] as const);
      addSlo("AVAILABILITY", `${availability}%`, availability, "percent", "uptime_percentage");
    }
    if (rng.chance(0.25)) addSlo("COMPLETENESS", "99.5%", 99.5, "percent", "non_null_ratio_of_required_columns");
    if (rng.chance(0.1)) addSlo("ACCURACY", "99%", 99, "percent", "reconciliation_against_source");
    const productSloState = slos.reduce<SloStateName>((worst, slo) => (SLO_SEVERITY[slo.state] > SLO_SEVERITY[worst] ? slo.state : worst), "NONE");

    const checks: { type: string; columns: string[]; threshold: string | null; min: number | null; max: number | null; references: string | null; description: string }[] = [];
    if (rng.chance(0.6)) {
      checks.push({ type: "uniqueness", columns: [fields[0].name], threshold: "100%", min: null, max: null, references: null, description: "The key is unique" });
      checks.push({ type: "not_null", columns: fields.filter((field) => field.required).map((field) => field.name), threshold: null, min: null, max: null, references: null, description: "Required columns are filled" });
      if (fields.some((field) => field.name === "amount") && rng.chance(0.7)) checks.push({ type: "range", columns: ["amount"], threshold: null, min: 0, max: 1_000_000, references: null, description: "Amounts are non-negative and plausible" });
      if (fields.some((field) => field.name === "customer_id") && rng.chance(0.5)) checks.push({ type: "referential_integrity", columns: ["customer_id"], threshold: "99.9%", min: null, max: null, references: "customer-360/customer-master.customer_id", description: "Every customer exists in the customer master" });
      if (rng.chance(0.3)) checks.push({ type: "row_count", columns: [], threshold: null, min: 1, max: null, references: null, description: "Each load delivers rows" });
    }

    let sunsetDate: string | null = null;
    let deprecationMessage: string | null = null;
    let replacementRef: string | null = null;
    if (status === "DEPRECATED" || status === "RETIRED") {
      const replacement = rng.int(plan.count);
      if (status === "RETIRED" || rng.chance(0.7)) {
        sunsetDate = at(status === "RETIRED" ? rng.between(10, 400) : -rng.between(30, 180)).slice(0, 10);
        replacementRef = replacement !== p ? ref(replacement) : null;
        deprecationMessage = replacementRef ? `Move to ${replacementRef}; this product stops updating on ${sunsetDate}.` : `No longer maintained; stops updating on ${sunsetDate}.`;
      }
    }

    const violations = evaluate({
      description, classification, retention, chatChannel, status, sunsetDate, fields,
      hasFreshnessSlo: slos.some((slo) => slo.kind === "FRESHNESS"), availabilityPercent: availability, qualityCheckCount: checks.length,
    });
    const score = scoreOf(violations);
    const updatedAt = at(plan.updatedDaysAgo[p]);

    const upstreams: string[] = [];
    for (let i = lineage.offsets[p]; i < lineage.offsets[p + 1]; i++) upstreams.push(ref(lineage.upstream[i]));
    const members = team.memberIds;
    const documentation = rng.chance(0.6)
      ? [{ title: "Runbook", url: `https://wiki.example.com/data/${domain.slug}/${name}` }, ...(rng.chance(0.4) ? [{ title: "Dashboard", url: `https://bi.example.com/d/${domain.slug}-${name}` }] : [])]
      : null;

    const ownerId = members[0] ?? null;
    const stewardId = rng.chance(0.7) && members.length > 1 ? members[1 + rng.int(members.length - 1)] : null;
    const schemaType = rng.weighted(SCHEMA_TYPES_WEIGHTED);
    const version = 1 + Math.floor(30 * rng.next() ** 3);
    await writers.products.add([
      id, domain.id, name, title, description, semanticVersion, status, classification, retention, arrayLiteral(tags),
      team.id, ownerId, stewardId, `${team.slug}@example.com`, chatChannel, schemaType, maskingPolicy, arrayLiteral(piiColumns),
      documentation && JSON.stringify(documentation), upstreams.length ? JSON.stringify({ upstreamProducts: upstreams }) : null,
      sunsetDate, deprecationMessage, replacementRef, version,
      score.score, score.errors, score.warnings, lineage.consumerCount[p], productSloState,
      at(plan.createdDaysAgo[p]), updatedAt,
    ]);
    // Every save records the spec as a version; the generator records the latest one, as recordToSpec exports it.
    const record = {
      name, title, description, semanticVersion, status, classification, retention, tags, contactEmail: `${team.slug}@example.com`, chatChannel,
      schemaType, maskingPolicy, piiColumns, documentationLinks: documentation,
      extras: upstreams.length ? { upstreamProducts: upstreams } : null, sunsetDate: sunsetDate === null ? null : new Date(`${sunsetDate}T00:00:00Z`),
      deprecationMessage, replacementRef, domain: { slug: domain.slug }, owningTeam: { slug: team.slug },
      owner: ownerId === null ? null : { email: emails[ownerId - 1] }, steward: stewardId === null ? null : { email: emails[stewardId - 1] },
      inputPorts: [] as unknown[], outputPorts: [] as unknown[], slos: slos.map(({ kind, target, measurement }) => ({ kind, target, measurement })),
      schema: { fields: fields.map((field) => exportedField({ ...field, enum: ENUMS[field.name] })) }, qualityChecks: checks, accessRoles: [],
    };

    const portCount = rng.weighted([[1, 55], [2, 35], [3, 10]] as const);
    const portNames = new Set<string>();
    for (let position = 0; position < portCount; position++) {
      const technology = rng.weighted(OUTPUT_TECHNOLOGIES);
      const kind = PORT_TECHNOLOGIES[technology];
      let portName = `${name}-${kind === "file" ? "files" : kind}`;
      if (portNames.has(portName)) portName = `${portName}-${technology}`;
      if (portNames.has(portName)) continue;
      portNames.add(portName);
      const place = portPlace(technology, domain.slug, name, major);
      const format = rng.pick(FORMATS_BY_KIND[kind]);
      await writers.outputPorts.add([id, portName, technology, kind, place.location, format, place.database, place.schemaName, place.tableName, place.topic, null, position]);
      record.outputPorts.push({ name: portName, technology, kind, ...place, format, description: null });
    }

    for (; source < lineage.sourceSystemOf.length && lineage.sourceSystemOf[source].product < p; source++);
    for (let s = source, position = 0; s < lineage.sourceSystemOf.length && lineage.sourceSystemOf[s].product === p; s++, position++) {
      const system = org.sourceSystems[lineage.sourceSystemOf[s].system - 1];
      const kind = PORT_TECHNOLOGIES[system.technology];
      const port = {
        name: `${system.slug}-feed`, technology: system.technology, kind, location: kind === "stream" ? null : `${system.slug}://${name.replace(/-/g, "_")}`,
        topic: kind === "stream" ? `${system.slug}.${entity}.v1` : null, description: `Raw feed from ${system.name}`,
      };
      await writers.inputPorts.add([id, port.name, port.technology, port.kind, port.location, port.topic, port.description, lineage.sourceSystemOf[s].system, position]);
      record.inputPorts.push({ ...port, database: null, schemaName: null, tableName: null, format: null, sourceRef: null, sourcePortName: null, usesFields: [], sourceSystem: { slug: system.slug } });
    }

    if (record.schema.fields.length) await writers.schemas.add([id, JSON.stringify(record.schema.fields)]);
    for (const slo of slos) await writers.slos.add([id, slo.kind, slo.target, slo.value, slo.unit, slo.measurement, slo.state, slo.compliance]);
    for (const [position, check] of checks.entries()) {
      await writers.checks.add([id, check.type, arrayLiteral(check.columns), check.threshold, check.min, check.max, check.references, check.description, position]);
    }
    await writers.versions.add([id, version, semanticVersion, "CREATED", JSON.stringify(recordToSpec(record as unknown as ProductRecord)), updatedAt]);
    // One row per failing policy, its findings in order, as the app stores them (governance-results.ts).
    const byPolicy = new Map<string, Violation[]>();
    for (const violation of violations) byPolicy.set(violation.policyId, [...(byPolicy.get(violation.policyId) ?? []), violation]);
    for (const [policyId, found] of byPolicy) {
      const findings = found.map(({ path, message, remediation }) => ({ path, message, remediation }));
      await writers.results.add([id, policyId, found[0].severity, JSON.stringify(findings), updatedAt]);
    }
  }

  const rows: Record<string, number> = {};
  for (const writer of Object.values(writers)) rows[writer.spec.table] = await writer.close();
  return { rows };
}

/** "order-line-events-daily" → "order-line": the longest known entity the name starts with. */
const ENTITIES_LONGEST_FIRST = [...ENTITIES].sort((a, b) => b.length - a.length);
function entityOf(name: string): string {
  return ENTITIES_LONGEST_FIRST.find((entity) => name === entity || name.startsWith(`${entity}-`)) ?? name.split("-")[0];
}

function portPlace(technology: PortTechnology, domain: string, name: string, major: number) {
  const snake = name.replace(/-/g, "_");
  const database = domain.replace(/-/g, "_");
  const none = { location: null, database: null, schemaName: null, tableName: null, topic: null };
  switch (PORT_TECHNOLOGIES[technology]) {
    case "table":
      return { ...none, database: technology === "bigquery" ? `acme-${domain}` : database, schemaName: major === 0 ? "silver" : "gold", tableName: snake, location: technology === "iceberg" ? `s3://acme-lake/${domain}/${snake}` : null };
    case "file": {
      const location =
        technology === "adls" ? `abfss://${domain}@acmedata.dfs.core.windows.net/${name}/`
        : technology === "sftp" ? `sftp://files.example.com/${domain}/${name}/`
        : `${technology === "gcs" ? "gs" : "s3"}://acme-${domain}-data/${name}/`;
      return { ...none, location };
    }
    case "stream":
      return { ...none, topic: `${domain}.${snake}.v${Math.max(major, 1)}` };
    default:
      return { ...none, location: `https://api.example.com/${domain}/${name}/v${Math.max(major, 1)}` };
  }
}
