import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Classification, LifecycleStatus, SloKind } from "@/lib/generated/prisma/enums";
import type { UpstreamProductState } from "@/lib/governance/types";
import { fromDbStatus } from "./enum-mapping";
import type { ProductRecord } from "./product-record";

/** What the bulk recompute needs of one product: its record (for recordToSpec), upstream states and stored results. */
export interface BulkProduct {
  record: ProductRecord;
  upstream: UpstreamProductState[];
  current: { score: number; errors: number; warnings: number; signature: string };
}

export interface BulkBatch {
  products: BulkProduct[];
  /** the highest id in the batch: the next batch starts after it */
  lastId: number;
}

/** md5(''): the signature of a product without stored results */
const NO_RESULTS = "d41d8cd98f00b204e9800998ecf8427e";

// Positional rows keep the JSON half the size of keyed objects and PostgreSQL builds them faster.
type Text = string | null;
type ProductRow = [
  id: number, domainId: number, name: string, title: string, description: Text, semanticVersion: string, status: LifecycleStatus,
  classification: Classification | null, retention: Text, tags: string[], contactEmail: Text, chatChannel: Text, schemaType: Text,
  maskingPolicy: Text, piiColumns: string[], documentationLinks: Prisma.JsonValue, extras: Prisma.JsonValue, sunsetDate: Text,
  deprecationMessage: Text, replacementRef: Text, domain: string, team: string, owner: Text, steward: Text,
  score: number, errors: number, warnings: number,
];
type PortLocation = [location: Text, database: Text, schemaName: Text, tableName: Text, topic: Text, format: Text, description: Text];
type InputPortRow = [productId: number, name: string, technology: string, kind: string, sourceRef: Text, sourcePortName: Text, usesFields: string[], sourceSystem: Text, ...PortLocation];
type OutputPortRow = [productId: number, name: string, technology: string, kind: string, ...PortLocation];
type FieldRow = [productId: number, name: string, type: string, description: Text, pii: boolean | null, required: boolean, enumValues: string[]];
type SloRow = [productId: number, kind: SloKind, target: string, measurement: Text];
type CheckRow = [productId: number, type: string, columns: string[], threshold: Text, min: number | null, max: number | null, references: Text, description: Text];
type RoleRow = [productId: number, name: string, description: Text, permissions: string[], principals: string[]];
type EdgeRow = [productId: number, upstreamId: number];
type ResultRow = [productId: number, signature: string];
type StateRow = [id: number, ref: string, status: LifecycleStatus, freshness: number | null];

interface RawBatch {
  products: ProductRow[] | null;
  inputPorts: InputPortRow[] | null;
  outputPorts: OutputPortRow[] | null;
  fields: FieldRow[] | null;
  slos: SloRow[] | null;
  checks: CheckRow[] | null;
  roles: RoleRow[] | null;
  edges: EdgeRow[] | null;
  results: ResultRow[] | null;
}

/** Only what the batch reads: the row's other columns (the search document above all) are wide. */
const productColumns = Prisma.raw(
  ["id", "domainId", "name", "title", "description", "semanticVersion", "status", "classification", "retention", "tags", "contactEmail", "chatChannel",
   "schemaType", "maskingPolicy", "piiColumns", "documentationLinks", "extras", "sunsetDate", "deprecationMessage", "replacementRef", "owningTeamId",
   "ownerId", "stewardId", "governanceScore", "errorCount", "warningCount"].map((column) => `p."${column}"`).join(", "),
);
const location = (alias: string) => Prisma.raw(["location", "database", "schemaName", "tableName", "topic", "format", "description"].map((column) => `${alias}."${column}"`).join(", "));

/**
 * Streams products for a recompute. Each batch is one query: the next `take` products after a
 * keyset cursor, and every child row of theirs as flat positional JSON arrays, each child table read
 * by a range scan of its productId index (not one lookup per product, not Prisma's include tree).
 * Upstream products' states are cached across batches: most products read the same few hubs.
 * The records carry exactly the columns recordToSpec reads; tests/integration/governance-bulk-recompute
 * proves the specs and results equal the per-product path's.
 */
export class BulkProductLoader {
  private readonly states = new Map<number, UpstreamProductState>();

  constructor(
    private readonly db: PrismaClient,
    private readonly domainId?: number,
  ) {}

  async next(afterId: number, take: number): Promise<BulkBatch> {
    const raw = await this.query(afterId, take);
    if (!raw?.products?.length) return { products: [], lastId: afterId };
    await this.cacheStates([...new Set((raw.edges ?? []).map(([, upstreamId]) => upstreamId))]);
    const products = assemble(raw, this.states);
    return { products, lastId: products.at(-1)!.record.id };
  }

  private async query(afterId: number, take: number): Promise<RawBatch | null> {
    const scope = this.domainId === undefined ? Prisma.empty : Prisma.sql`AND "domainId" = ${this.domainId}`;
    const ids = (await this.db.$queryRaw<{ id: number }[]>`SELECT "id" FROM "data_products" WHERE "id" > ${afterId} ${scope} ORDER BY "id" LIMIT ${take}`).map((row) => row.id);
    if (!ids.length) return null;
    // "inBatch" limits a child table to the batch. Across the mesh a batch is an id range, read by one
    // range scan of the child's productId index; a domain's products are spread over the whole id
    // range, so there each one is looked up. The id list is a parameter, not a subquery, so the
    // planner sees how few products it names.
    const inBatch = (alias: string, column = "productId") =>
      this.domainId === undefined
        ? Prisma.sql`${Prisma.raw(`${alias}."${column}"`)} BETWEEN ${ids[0]} AND ${ids.at(-1)}`
        : Prisma.sql`${Prisma.raw(`${alias}."${column}"`)} = ANY(${ids}::int[])`;
    const [row] = await this.db.$queryRaw<{ batch: string }[]>`
      WITH b AS (SELECT ${productColumns} FROM "data_products" p WHERE ${inBatch("p", "id")})
      SELECT json_build_object(
        'products', (SELECT json_agg(json_build_array(b."id", b."domainId", b."name", b."title", b."description", b."semanticVersion", b."status",
                       b."classification", b."retention", b."tags", b."contactEmail", b."chatChannel", b."schemaType", b."maskingPolicy", b."piiColumns",
                       b."documentationLinks", b."extras", b."sunsetDate", b."deprecationMessage", b."replacementRef", d."slug", t."slug",
                       (SELECT u."email" FROM "users" u WHERE u."id" = b."ownerId"), (SELECT u."email" FROM "users" u WHERE u."id" = b."stewardId"),
                       b."governanceScore", b."errorCount", b."warningCount") ORDER BY b."id")
                     FROM b JOIN "domains" d ON d."id" = b."domainId" JOIN "teams" t ON t."id" = b."owningTeamId"),
        'inputPorts', (SELECT json_agg(json_build_array(x."productId", x."name", x."technology", x."kind", x."sourceRef", x."sourcePortName", x."usesFields",
                         (SELECT s."slug" FROM "source_systems" s WHERE s."id" = x."sourceSystemId"), ${location("x")}) ORDER BY x."productId", x."position", x."id")
                       FROM "input_ports" x WHERE ${inBatch("x")}),
        'outputPorts', (SELECT json_agg(json_build_array(x."productId", x."name", x."technology", x."kind", ${location("x")}) ORDER BY x."productId", x."position", x."id")
                        FROM "output_ports" x WHERE ${inBatch("x")}),
        'fields', (SELECT json_agg(json_build_array(f."productId", f."name", f."type", f."description", f."pii", f."required", f."enumValues")
                     ORDER BY f."productId", f."position", f."id")
                   FROM "schema_fields" f WHERE ${inBatch("f")}),
        'slos', (SELECT json_agg(json_build_array(s."productId", s."kind", s."target", s."measurement") ORDER BY s."productId", s."id")
                 FROM "slos" s WHERE ${inBatch("s")}),
        'checks', (SELECT json_agg(json_build_array(q."productId", q."type", q."columns", q."threshold", q."min", q."max", q."references", q."description")
                     ORDER BY q."productId", q."position", q."id")
                   FROM "quality_checks" q WHERE ${inBatch("q")}),
        'roles', (SELECT json_agg(json_build_array(a."productId", a."name", a."description", a."permissions", a."principals") ORDER BY a."productId", a."id")
                  FROM "access_roles" a WHERE ${inBatch("a")}),
        'edges', (SELECT json_agg(json_build_array(e."downstreamProductId", e."upstreamProductId"))
                  FROM "lineage_edges" e WHERE ${inBatch("e", "downstreamProductId")} AND e."upstreamProductId" IS NOT NULL),
        'results', (SELECT json_agg(json_build_array(g."productId", g.signature))
                    FROM (SELECT g."productId", md5(string_agg(g."policyId" || '|' || g."severity" || '|' || g."path" || '|' || g."message" || '|' || g."remediation", E'\n' ORDER BY g."id")) AS signature
                          FROM "governance_results" g WHERE ${inBatch("g")} GROUP BY g."productId") g)
      )::text AS batch`;
    return JSON.parse(row.batch) as RawBatch;
  }

  /** Status and freshness target of the upstream products not seen in an earlier batch. */
  private async cacheStates(ids: number[]) {
    const missing = ids.filter((id) => !this.states.has(id));
    if (!missing.length) return;
    const [row] = await this.db.$queryRaw<{ states: string | null }[]>`
      SELECT json_agg(json_build_array(p."id", d."slug" || '/' || p."name", p."status",
               (SELECT s."targetValue" FROM "slos" s WHERE s."productId" = p."id" AND s."kind" = 'FRESHNESS')))::text AS states
      FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId"
      WHERE p."id" = ANY(${missing}::int[])`;
    for (const [id, ref, status, freshness] of JSON.parse(row.states ?? "[]") as StateRow[]) {
      this.states.set(id, { ref, status: fromDbStatus(status), freshnessMinutes: freshness ?? undefined });
    }
  }
}

/** Groups rows ordered by product id into a map from product id to its rows, mapped. */
function byProduct<R extends [number, ...unknown[]], T>(rows: R[] | null, map: (row: R) => T): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows ?? []) {
    const list = grouped.get(row[0]);
    if (list) list.push(map(row));
    else grouped.set(row[0], [map(row)]);
  }
  return grouped;
}

const portLocation = ([location, database, schemaName, tableName, topic, format, description]: PortLocation) => ({ location, database, schemaName, tableName, topic, format, description });

function assemble(raw: RawBatch, states: Map<number, UpstreamProductState>): BulkProduct[] {
  const inputPorts = byProduct(raw.inputPorts, ([, name, technology, kind, sourceRef, sourcePortName, usesFields, sourceSystem, ...rest]) => ({
    name, technology, kind, sourceRef, sourcePortName, usesFields, sourceSystem: sourceSystem === null ? null : { slug: sourceSystem }, ...portLocation(rest),
  }));
  const outputPorts = byProduct(raw.outputPorts, ([, name, technology, kind, ...rest]) => ({ name, technology, kind, ...portLocation(rest) }));
  const fields = byProduct(raw.fields, ([, name, type, description, pii, required, enumValues]) => ({ name, type, description, pii, required, enumValues }));
  const slos = byProduct(raw.slos, ([, kind, target, measurement]) => ({ kind, target, measurement }));
  const checks = byProduct(raw.checks, ([, type, columns, threshold, min, max, references, description]) => ({ type, columns, threshold, min, max, references, description }));
  const roles = byProduct(raw.roles, ([, name, description, permissions, principals]) => ({ name, description, permissions, principals }));
  const upstream = byProduct(raw.edges, ([, upstreamId]) => states.get(upstreamId));
  const signatures = new Map((raw.results ?? []).map(([productId, signature]) => [productId, signature]));

  return (raw.products ?? []).map((row) => {
    const [id, domainId, name, title, description, semanticVersion, status, classification, retention, tags, contactEmail, chatChannel, schemaType, maskingPolicy,
      piiColumns, documentationLinks, extras, sunsetDate, deprecationMessage, replacementRef, domain, team, owner, steward, score, errors, warnings] = row;
    const record = {
      id, domainId, name, title, description, semanticVersion, status, classification, retention, tags, contactEmail, chatChannel, schemaType, maskingPolicy,
      piiColumns, documentationLinks, extras, deprecationMessage, replacementRef,
      // A DATE comes back as "YYYY-MM-DD"; Prisma reads it as midnight UTC.
      sunsetDate: sunsetDate === null ? null : new Date(`${sunsetDate}T00:00:00Z`),
      domain: { slug: domain },
      owningTeam: { slug: team },
      owner: owner === null ? null : { email: owner },
      steward: steward === null ? null : { email: steward },
      inputPorts: inputPorts.get(id) ?? [],
      outputPorts: outputPorts.get(id) ?? [],
      fields: fields.get(id) ?? [],
      slos: slos.get(id) ?? [],
      qualityChecks: checks.get(id) ?? [],
      accessRoles: roles.get(id) ?? [],
    };
    return {
      // Only the columns recordToSpec reads are loaded; the rest of the Prisma payload type is never touched.
      record: record as unknown as ProductRecord,
      upstream: (upstream.get(id) ?? []).filter((state): state is UpstreamProductState => state !== undefined),
      current: { score, errors, warnings, signature: signatures.get(id) ?? NO_RESULTS },
    };
  });
}
