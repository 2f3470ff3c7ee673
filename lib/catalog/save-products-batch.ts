import "server-only";
import { evaluate, type EvaluationResult } from "@/lib/governance/evaluate";
import type { Policy } from "@/lib/governance/types";
import { directTransaction, queryDirect, type DirectTransaction } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { LifecycleStatus as DbLifecycleStatus } from "@/lib/generated/prisma/enums";
import type { LifecycleStatus } from "@/lib/spec/enums";
import type { DataProductSpec } from "@/lib/spec/schema";
import { queueConsumerCountsSql, scheduleConsumerRecount } from "./consumer-counts";
import { loadDomainPoliciesBySlug } from "./domain-policies";
import { fromDbStatus } from "./enum-mapping";
import { CatalogError, ConflictError, InvalidSpecError } from "./errors";
import { governanceResultRows } from "./governance-results";
import { productRecordInclude } from "./product-record";
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
import { copyRows, deleteProductRows, insertProducts, insertRows, onConflictUpdate, updateRowsById, type Row } from "./save-products-batch-sql";
import { sameSpec } from "./spec-equality";
import { recordToSpec } from "./spec-mapping";
import { bindUpstream, sourceSystemMentions, sourceSystemName, upstreamRefs, type ResolvedUpstream, type UpstreamRecord } from "./upstream-binding";
import { assertMayWrite, type Actor } from "./write-rights";

/**
 * The batch writer behind POST /api/v1/data-products/batch and `meshwork apply`: up to
 * MAX_BATCH_SPECS specs upserted in one transaction with a handful of set-based statements per
 * table, storing exactly what saveProductSpec stores (the same row mapping, rights checks,
 * governance, history and search document). Each spec succeeds or fails on its own; a spec equal
 * to the stored one is reported unchanged and not written.
 */

export const MAX_BATCH_SPECS = 500;

type Tx = DirectTransaction;

export type BatchOutcome = "created" | "updated" | "unchanged" | "failed";

export interface BatchItemResult {
  ref: string;
  outcome: BatchOutcome;
  /** The stored version after the batch (absent when failed). */
  version?: number;
  score?: number;
  /** Why the spec failed, as the typed error the single writer would have thrown. */
  error?: CatalogError;
}

interface Existing {
  id: number;
  domainId: number;
  name: string;
  version: number;
  owningTeamId: number;
  status: DbLifecycleStatus;
  governanceScore: number;
}

/** An existing product as read before the batch's transaction: its version then and its spec. */
interface Stored {
  version: number;
  spec: DataProductSpec;
}

/** A spec that passed every check of its wave, ready to be written. */
interface Planned {
  index: number;
  spec: DataProductSpec;
  domainId: number;
  existing?: Existing;
  status: LifecycleStatus;
  teamId: number;
  governance: EvaluationResult;
  upstream: ResolvedUpstream;
}

/** Deadlocks between parallel batches touching the same upstream products are retried, not reported. */
const ATTEMPTS = 3;

export async function saveProductsBatch(db: PrismaClient, specs: DataProductSpec[], options: { actor: Actor }): Promise<BatchItemResult[]> {
  if (specs.length > MAX_BATCH_SPECS) throw new InvalidSpecError(`A batch holds at most ${MAX_BATCH_SPECS} specs; this one has ${specs.length}`);
  for (let attempt = 1; ; attempt++) {
    // Read with Prisma before the transaction, which runs on a connection of its own (see directTransaction).
    const [policies, stored] = await Promise.all([domainPolicies(db, specs), storedSpecs(db, specs)]);
    try {
      // A batch waits for a free connection rather than failing: more pipelines applying at once
      // than the pool has connections must queue, not lose their batches.
      const results = await directTransaction(db, (tx) => new BatchWrite(tx, specs, options.actor, policies, stored).run());
      scheduleConsumerRecount(db);
      return results;
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

/** The enabled rules of every domain the batch names, by slug; none for a domain that does not exist. */
async function domainPolicies(db: PrismaClient, specs: DataProductSpec[]): Promise<Map<string, Policy[]>> {
  const slugs = [...new Set(specs.map((spec) => spec.metadata.domain))];
  return new Map(await Promise.all(slugs.map(async (slug) => [slug, await loadDomainPoliciesBySlug(db, slug)] as const)));
}

/**
 * The products the batch would update, as stored now, by ref. Read outside the transaction: a spec
 * counts as unchanged only if the product still has this version once the transaction has locked it.
 */
async function storedSpecs(db: PrismaClient, specs: DataProductSpec[]): Promise<Map<string, Stored>> {
  const refs = specs.map((spec) => spec.metadata);
  const ids = await queryDirect<{ id: number }>(
    db,
    Prisma.sql`SELECT p."id" FROM unnest(${refs.map((ref) => ref.domain)}::text[], ${refs.map((ref) => ref.name)}::text[]) AS k("slug", "name")
               JOIN "domains" d ON d."slug" = k."slug" JOIN "data_products" p ON p."domainId" = d."id" AND p."name" = k."name"`,
  );
  if (!ids.length) return new Map();
  const records = await db.dataProduct.findMany({ where: { id: { in: ids.map((row) => row.id) } }, include: productRecordInclude });
  return new Map(records.map((record) => [`${record.domain.slug}/${record.name}`, { version: record.version, spec: recordToSpec(record) }]));
}

function isRetryable(error: unknown): boolean {
  const text = error instanceof Error ? `${(error as { code?: string }).code ?? ""} ${error.message}` : "";
  return /P2034|40P01|40001|deadlock detected|could not serialize/i.test(text);
}

class BatchWrite {
  private readonly results: (BatchItemResult | undefined)[];
  private readonly refs: string[];

  constructor(
    private readonly tx: Tx,
    private readonly specs: DataProductSpec[],
    private readonly actor: Actor,
    private readonly policies: Map<string, Policy[]>,
    private readonly stored: Map<string, Stored>,
  ) {
    this.results = specs.map(() => undefined);
    this.refs = specs.map((spec) => `${spec.metadata.domain}/${spec.metadata.name}`);
  }

  async run(): Promise<BatchItemResult[]> {
    const { specs } = this;
    const seen = new Set<string>();
    specs.forEach((_spec, index) => {
      if (seen.has(this.refs[index])) this.fail(index, new ConflictError(`${this.refs[index]} appears more than once in the batch; send each product once`));
      seen.add(this.refs[index]);
    });

    const domains = await this.sql<{ id: number; slug: string; owningTeamId: number }>(
      Prisma.sql`SELECT "id", "slug", "owningTeamId" FROM "domains" WHERE "slug" = ANY(${[...new Set(specs.map((spec) => spec.metadata.domain))]}::text[])`,
    );
    const teams = await this.sql<{ id: number; slug: string }>(
      Prisma.sql`SELECT "id", "slug" FROM "teams" WHERE "slug" = ANY(${[...new Set(specs.map((spec) => spec.metadata.owner.team))]}::text[])`,
    );
    const domainBySlug = new Map(domains.map((domain) => [domain.slug, domain]));
    const teamBySlug = new Map(teams.map((team) => [team.slug, team]));
    for (const index of this.open()) {
      const { metadata } = specs[index];
      if (!domainBySlug.has(metadata.domain)) this.fail(index, new InvalidSpecError(`Domain "${metadata.domain}" does not exist`, [{ path: "metadata.domain", message: `No domain "${metadata.domain}"; pick an existing domain` }]));
      else if (!teamBySlug.has(metadata.owner.team)) this.fail(index, new InvalidSpecError(`Team "${metadata.owner.team}" does not exist`, [{ path: "metadata.owner.team", message: `No team "${metadata.owner.team}"; pick an existing team` }]));
    }

    const existing = await this.lockExisting(this.open().map((index) => ({ domainId: domainBySlug.get(specs[index].metadata.domain)!.id, name: specs[index].metadata.name })));
    const existingOf = (index: number) => existing.get(`${domainBySlug.get(specs[index].metadata.domain)!.id}/${specs[index].metadata.name}`);
    for (const index of this.open()) {
      const domain = domainBySlug.get(specs[index].metadata.domain)!;
      const current = existingOf(index);
      try {
        assertMayWrite(
          this.actor,
          current ? { owningTeamId: current.owningTeamId, domainOwningTeamId: domain.owningTeamId } : null,
          { owningTeamId: teamBySlug.get(specs[index].metadata.owner.team)!.id, domainOwningTeamId: domain.owningTeamId },
          this.refs[index],
        );
      } catch (error) {
        this.fail(index, error);
      }
    }
    this.markUnchanged(this.open().flatMap((index) => (existingOf(index) ? [{ index, existing: existingOf(index)! }] : [])));

    // A spec reading another product of the same batch waits for it, as if the files were applied one by one.
    let pending = this.open();
    while (pending.length) {
      const pendingRefs = new Set(pending.map((index) => this.refs[index]));
      const wave = pending.filter((index) => upstreamRefs(specs[index]).every((item) => item.ref === this.refs[index] || !pendingRefs.has(item.ref)));
      if (!wave.length) {
        for (const index of pending) this.fail(index, new InvalidSpecError(`${this.refs[index]} and other products of this batch read each other in a cycle`, [{ path: "spec.inputPorts", message: "Lineage must not form a cycle" }]));
        break;
      }
      const planned = await this.plan(wave.map((index) => ({ index, domainId: domainBySlug.get(specs[index].metadata.domain)!.id, teamId: teamBySlug.get(specs[index].metadata.owner.team)!.id, existing: existingOf(index) })));
      await this.write(planned);
      pending = pending.filter((index) => !wave.includes(index));
    }
    // Every spec has failed, been found unchanged or been written by now.
    return this.results.map((result) => result!);
  }

  private sql<Row>(statement: Prisma.Sql): Promise<Row[]> {
    return this.tx.query<Row>(statement.text, statement.values);
  }

  private open(): number[] {
    return this.specs.flatMap((_spec, index) => (this.results[index] ? [] : [index]));
  }

  private fail(index: number, error: unknown) {
    if (!(error instanceof CatalogError)) throw error;
    this.results[index] = { ref: this.refs[index], outcome: "failed", error };
  }

  /** Row locks in id order, so parallel batches over the same products queue instead of deadlocking. */
  private async lockExisting(keys: { domainId: number; name: string }[]): Promise<Map<string, Existing>> {
    if (!keys.length) return new Map();
    const rows = await this.sql<Existing>(Prisma.sql`
      SELECT p."id", p."domainId", p."name", p."version", p."owningTeamId", p."status"::text AS "status", p."governanceScore"
      FROM "data_products" p
      JOIN unnest(${keys.map((key) => key.domainId)}::int[], ${keys.map((key) => key.name)}::text[]) AS k("domainId", "name")
        ON p."domainId" = k."domainId" AND p."name" = k."name"
      ORDER BY p."id"
      FOR UPDATE OF p`);
    return new Map(rows.map((row) => [`${row.domainId}/${row.name}`, row]));
  }

  /** A product changed by someone else since it was read is written, as any update would be. */
  private markUnchanged(candidates: { index: number; existing: Existing }[]) {
    for (const { index, existing } of candidates) {
      const stored = this.stored.get(this.refs[index]);
      if (stored?.version === existing.version && sameSpec(this.specs[index], stored.spec)) {
        this.results[index] = { ref: this.refs[index], outcome: "unchanged", version: existing.version, score: existing.governanceScore };
      }
    }
  }

  /** Resolves upstream references, evaluates governance and refuses unpublishable specs, for one wave. */
  private async plan(wave: { index: number; domainId: number; teamId: number; existing?: Existing }[]): Promise<Planned[]> {
    const found = await this.findUpstream([...new Set(wave.flatMap(({ index }) => upstreamRefs(this.specs[index]).map((item) => item.ref)))]);
    // Source systems are only created for specs that pass, so bind once without their ids first.
    const noSystems = new Map(wave.flatMap(({ index }) => sourceSystemMentions(this.specs[index]).map((mention) => [mention.slug, 0] as const)));
    const checked: Omit<Planned, "upstream">[] = [];
    for (const item of wave) {
      const spec = this.specs[item.index];
      const bound = bindUpstream(spec, found, noSystems);
      if (!bound.ok) {
        this.fail(item.index, new InvalidSpecError(`${bound.errors.length} upstream reference(s) cannot be resolved`, bound.errors));
        continue;
      }
      const status = spec.metadata.status ?? (item.existing ? fromDbStatus(item.existing.status) : "draft");
      const governance = evaluate(spec, { upstream: bound.upstream.states, targetStatus: status }, this.policies.get(spec.metadata.domain) ?? []);
      if (status === "active" && !governance.canPublish) {
        const blocking = governance.violations.filter((violation) => violation.severity === "error");
        this.fail(
          item.index,
          new InvalidSpecError(
            `${this.refs[item.index]} cannot be active while ${blocking.length} governance error(s) remain`,
            blocking.map((violation) => ({ path: violation.path, message: `${violation.policyId}: ${violation.message}` })),
          ),
        );
        continue;
      }
      checked.push({ ...item, spec, status, governance });
    }
    const systems = await this.upsertSourceSystems(checked.flatMap((item) => sourceSystemMentions(item.spec)));
    return checked.map((item) => {
      const bound = bindUpstream(item.spec, found, systems);
      if (!bound.ok) throw new Error("binding changed between two passes over the same lookups");
      return { ...item, upstream: bound.upstream };
    });
  }

  private async findUpstream(refs: string[]): Promise<Map<string, UpstreamRecord>> {
    if (!refs.length) return new Map();
    const split = refs.map((ref) => ref.split("/"));
    const products = await this.sql<{ ref: string; id: number; domainId: number; status: DbLifecycleStatus; freshness: number | null }>(Prisma.sql`
      SELECT d."slug" || '/' || p."name" AS "ref", p."id", p."domainId", p."status"::text AS "status",
             (SELECT s."targetValue" FROM "slos" s WHERE s."productId" = p."id" AND s."kind" = 'FRESHNESS') AS "freshness"
      FROM unnest(${split.map(([domain]) => domain)}::text[], ${split.map(([, name]) => name)}::text[]) AS k("slug", "name")
      JOIN "domains" d ON d."slug" = k."slug"
      JOIN "data_products" p ON p."domainId" = d."id" AND p."name" = k."name"`);
    const ports = await this.sql<{ id: number; name: string; productId: number }>(
      Prisma.sql`SELECT "id", "name", "productId" FROM "output_ports" WHERE "productId" = ANY(${products.map((product) => product.id)}::int[]) ORDER BY "id"`,
    );
    const portsOf = new Map<number, { id: number; name: string }[]>();
    for (const port of ports) portsOf.set(port.productId, [...(portsOf.get(port.productId) ?? []), port]);
    return new Map(
      products.map((product) => [
        product.ref,
        { id: product.id, domainId: product.domainId, status: product.status, freshness: product.freshness, outputPorts: (portsOf.get(product.id) ?? []).map(({ id, name }) => ({ id, name })) },
      ]),
    );
  }

  private async upsertSourceSystems(mentions: { slug: string; technology: string }[]): Promise<Map<string, number>> {
    if (!mentions.length) return new Map();
    // The first mention names a new system, as when the specs are saved one by one.
    const first = [...new Map([...mentions].reverse().map((mention) => [mention.slug, mention])).values()];
    await insertRows(this.tx, "source_systems", first.map(({ slug, technology }) => ({ slug, name: sourceSystemName(slug), technology })), `ON CONFLICT ("slug") DO NOTHING`);
    const rows = await this.sql<{ id: number; slug: string }>(Prisma.sql`SELECT "id", "slug" FROM "source_systems" WHERE "slug" = ANY(${first.map((mention) => mention.slug)}::text[])`);
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  private async people(planned: Planned[]): Promise<Map<string, number>> {
    const emails = [...new Set(planned.flatMap(({ spec }) => [spec.metadata.owner.productOwner, spec.metadata.owner.steward].filter((email): email is string => Boolean(email))))];
    if (!emails.length) return new Map();
    // A named person who has never signed in still gets a directory entry, without a password.
    await insertRows(this.tx, "users", emails.map((email) => ({ email, name: directoryName(email) })), `ON CONFLICT ("email") DO NOTHING`);
    const users = await this.sql<{ id: number; email: string }>(Prisma.sql`SELECT "id", "email" FROM "users" WHERE "email" = ANY(${emails}::text[])`);
    return new Map(users.map((user) => [user.email, user.id]));
  }

  private async write(planned: Planned[]) {
    if (!planned.length) return;
    const { tx } = this;
    const people = await this.people(planned);
    const now = new Date();
    const ports = new Map(planned.map((item) => [item.index, outputPortRows(item.spec)]));
    const fields = new Map(planned.map((item) => [item.index, schemaFieldsDocument(item.spec)]));
    const columns = (item: Planned) => {
      const { owner } = item.spec.metadata;
      const ownerIds = { ownerId: owner.productOwner ? people.get(owner.productOwner)! : null, stewardId: owner.steward ? people.get(owner.steward)! : null };
      return {
        ...productColumns(item.spec, { status: item.status, teamId: item.teamId, people: ownerIds, governance: item.governance }),
        // What the output_ports trigger derives (distinct, sorted as the C collation sorts); stored
        // up front, it finds the value current and does not write the row again.
        portTechnologies: [...new Set(ports.get(item.index)!.map((port) => port.technology))].sort(),
        updatedAt: now,
      };
    };
    const creates = planned.filter((item) => !item.existing);
    const updates = planned.filter((item) => item.existing);

    const created = await insertProducts<{ id: number; domainId: number; name: string; version: number }>(
      tx,
      creates.map((item) => ({ ...columns(item), domainId: item.domainId, name: item.spec.metadata.name })),
      creates.map((item) => [...ports.get(item.index)!, ...fields.get(item.index)!].map((row) => row.name).join(" ")),
      `"id", "domainId", "name", "version"`,
    );
    const updated = await updateRowsById<{ id: number; version: number }>(tx, "data_products", updates.map((item) => ({ id: item.existing!.id, ...columns(item) })), `"version" = t."version" + 1`, `t."id", t."version"`);
    const createdIds = new Map(created.map((row) => [`${row.domainId}/${row.name}`, row]));
    const versions = new Map(updated.map((row) => [row.id, row.version]));
    const saved = planned.map((item) => {
      const row = item.existing ? { id: item.existing.id, version: versions.get(item.existing.id)! } : createdIds.get(`${item.domainId}/${item.spec.metadata.name}`)!;
      return { ...item, productId: row.id, version: row.version };
    });
    const updatedIds = updates.map((item) => item.existing!.id);
    // The row mappings return fresh rows, so each takes its productId in place instead of being copied.
    const childRows = <R extends Row>(rowsOf: (item: Planned) => R[]) => saved.flatMap((item) => rowsOf(item).map((row) => Object.assign(row, { productId: item.productId })));

    // Output ports and SLOs are matched (by name, by kind) so bound consumers and measurements survive;
    // a new product's are simply added. Every other child row of an updated product is replaced.
    const updatedSet = new Set(updatedIds);
    const upsert = async <R extends Row & { productId: number }>(table: string, rows: R[], key: string) => {
      const kept = rows.filter((row) => updatedSet.has(row.productId));
      await deleteProductRows(tx, table, updatedIds, { column: key, pairs: kept.map((row) => ({ productId: row.productId, key: String(row[key]) })) });
      if (kept.length) await insertRows(tx, table, kept, onConflictUpdate(["productId", key], kept[0]));
      await copyRows(tx, table, rows.filter((row) => !updatedSet.has(row.productId)));
    };
    await upsert("output_ports", childRows((item) => ports.get(item.index)!), "name");
    await upsert("slos", childRows((item) => sloTableRows(item.spec)), "kind");

    for (const table of ["input_ports", "product_schemas", "quality_checks", "access_roles", "governance_results"]) await deleteProductRows(tx, table, updatedIds);
    await copyRows(tx, "input_ports", childRows((item) => inputPortRows(item.spec, item.upstream)));
    await copyRows(tx, "product_schemas", saved.flatMap((item) => (fields.get(item.index)!.length ? [{ productId: item.productId, fields: fields.get(item.index)! }] : [])));
    await copyRows(tx, "quality_checks", childRows((item) => qualityCheckRows(item.spec)));
    await copyRows(tx, "access_roles", childRows((item) => accessRoleRows(item.spec)));
    await copyRows(tx, "governance_results", childRows((item) => governanceResultRows(item.governance)));

    const previous = updatedIds.length
      ? await this.sql<{ upstreamProductId: number | null }>(Prisma.sql`DELETE FROM "lineage_edges" WHERE "downstreamProductId" = ANY(${updatedIds}::int[]) RETURNING "upstreamProductId"`)
      : [];
    // Each upstream product and source system is bound once per spec, so a product's new edges are distinct.
    const edges = saved.flatMap((item) => lineageEdgeRows(item.domainId, item.upstream).map((row) => ({ ...row, downstreamProductId: item.productId })));
    await copyRows(tx, "lineage_edges", edges);
    const upstreamIds = [...previous.map((edge) => edge.upstreamProductId), ...edges.map((edge) => edge.upstreamProductId)].filter((id): id is number => id !== null);

    const authorId = this.actor === "system" ? null : this.actor.userId;
    await copyRows(
      tx,
      "product_versions",
      saved.map((item) => ({ productId: item.productId, version: item.version, semanticVersion: item.spec.metadata.version, changeKind: item.existing ? "UPDATED" : "CREATED", summary: null, spec: item.spec, authorId })),
    );
    // New products got their search document in the INSERT; updated ones once their ports and fields are in place.
    if (updatedIds.length) await this.sql(Prisma.sql`SELECT refresh_product_search(${updatedIds}::int[])`);
    // Queued, not recounted: see consumer-counts.ts. saveProductsBatch schedules the recount once this commits.
    const consumed = [...new Set(upstreamIds)];
    if (consumed.length) await this.sql(queueConsumerCountsSql(consumed));

    for (const item of saved) {
      this.results[item.index] = { ref: this.refs[item.index], outcome: item.existing ? "updated" : "created", version: item.version, score: item.governance.score };
    }
  }
}
