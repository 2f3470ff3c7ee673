import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { batchResponse, readSpecBatchBody } from "@/lib/api/spec-batch";
import type { Caller } from "@/lib/auth/permissions";
import { applySpecBatch } from "@/lib/catalog/apply-spec-batch";
import { settleConsumerCounts } from "@/lib/catalog/consumer-counts";
import { saveProductSpec } from "@/lib/catalog/save-product";
import { validationReport } from "@/lib/catalog/validate-spec";
import { applyCommand, DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from "@/lib/cli/apply";
import { CUSTOMER_360_YAML } from "@/lib/governance/test-support/customer-360";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readSpecText } from "@/lib/spec/document";
import type { DataProductSpec } from "@/lib/spec/schema";
import { stringifySpec } from "@/lib/spec/yaml";
import { defineScenarios, type BenchContext } from "../scenario";

/** Products these scenarios create carry this prefix; each prepare removes the previous run's. */
const PREFIX = "bench-reg-";
/** `meshwork apply` writes into a domain and team of its own, removed again after the run. */
const APPLY_SLUG = "bench-reg-apply";
const APPLY_FILES = 10_000;
/** The tables a run writes to, and so the ones its removal leaves dead rows in. */
const APPLY_TABLES = ["data_products", "output_ports", "input_ports", "product_schemas", "slos", "quality_checks", "access_roles", "governance_results", "lineage_edges", "product_versions", "users", "source_systems"];

async function removeCreated({ pool }: BenchContext) {
  await pool.query(`DELETE FROM "data_products" WHERE "name" LIKE '${PREFIX}%'`);
}

async function target(prisma: PrismaClient) {
  const domain = await prisma.domain.findFirstOrThrow({ orderBy: { id: "asc" }, select: { slug: true, owningTeam: { select: { slug: true } } } });
  return { domain: domain.slug, team: domain.owningTeam.slug };
}

let reference: DataProductSpec | undefined;
/** A fresh copy of the reference spec, parsed once: 10,000 files are made from it. */
function customer360(): DataProductSpec {
  if (!reference) {
    const base = readSpecText(CUSTOMER_360_YAML);
    if (!base.ok) throw new Error("the customer-360 reference spec does not parse");
    reference = base.spec;
  }
  return structuredClone(reference);
}

let sequence = 0;
/** A complete, publishable spec with a fresh name, shaped like the reference customer-360. */
function freshSpec(domain: string, team: string): DataProductSpec {
  const spec = customer360();
  spec.metadata = { ...spec.metadata, name: `${PREFIX}${process.pid}-${Date.now().toString(36)}-${sequence++}`, domain, status: "active", owner: { ...spec.metadata.owner, team } };
  delete spec.spec.inputPorts;
  delete spec.spec.lineage;
  return spec;
}

interface Upstream {
  ref: string;
  port: string;
}

/**
 * The i-th file of a domain team's repository: customer-360's shape with 2–40 fields, 1–3 output
 * ports, and (for the drafts) input ports on existing products of other domains and on a source
 * system, so lineage edges, bound ports and consumer counts are written too.
 */
function applySpec(index: number, upstream: Upstream[]): DataProductSpec {
  const spec = customer360();
  const fieldCount = 2 + ((index * 7) % 39);
  spec.metadata = { ...spec.metadata, name: `${PREFIX}apply-${index}`, domain: APPLY_SLUG, status: index % 2 ? "draft" : "active", tags: [`batch-${index % 10}`], owner: { ...spec.metadata.owner, team: APPLY_SLUG, productOwner: `${PREFIX}owner-${index % 20}@bench.invalid` } };
  spec.spec.description = `${spec.spec.description} Generated product ${index} of the apply benchmark, one row per customer and day.`;
  spec.spec.outputPorts = Array.from({ length: 1 + (index % 3) }, (_, port) => ({ name: `table-${port}`, type: "snowflake" as const, database: "bench", schema: "gold", table: `product_${index}_${port}`, format: "iceberg" }));
  spec.spec.schema = {
    type: "avro",
    fields: [
      ...spec.spec.schema!.fields!,
      ...Array.from({ length: fieldCount }, (_, field) => ({ name: `measure_${field}`, type: "decimal" as const, description: `Measure ${field} of the day, in euros`, pii: false, required: field % 2 === 0 })),
    ],
  };
  delete spec.spec.lineage;
  if (index % 2) {
    const first = upstream[index % upstream.length];
    const second = upstream[(index * 13) % upstream.length];
    spec.spec.inputPorts = [
      { name: "upstream-a", type: "snowflake", product: first.ref, port: first.port },
      ...(second.ref === first.ref ? [] : [{ name: "upstream-b", type: "snowflake" as const, product: second.ref, port: second.port }]),
      { name: "events", type: "kafka", sourceSystem: `${PREFIX}source-${index % 5}`, topic: `bench.events.${index % 5}` },
    ];
  } else {
    delete spec.spec.inputPorts;
  }
  return spec;
}

/** The domain, team and member the apply pipeline writes as; an API token of this member is what CI would hold. */
async function applyTarget({ prisma }: BenchContext): Promise<Caller> {
  const team = await prisma.team.upsert({ where: { slug: APPLY_SLUG }, update: {}, create: { slug: APPLY_SLUG, name: "Bench apply team" }, select: { id: true } });
  await prisma.domain.upsert({ where: { slug: APPLY_SLUG }, update: {}, create: { slug: APPLY_SLUG, name: "Bench apply domain", kind: "SOURCE_ALIGNED", owningTeamId: team.id } });
  const email = `${PREFIX}ci@bench.invalid`;
  const user = await prisma.user.upsert({ where: { email }, update: {}, create: { email, name: "Bench CI", role: "MEMBER" }, select: { id: true, name: true } });
  await prisma.teamMembership.upsert({ where: { teamId_userId: { teamId: team.id, userId: user.id } }, update: {}, create: { teamId: team.id, userId: user.id, role: "MAINTAINER" } });
  return { userId: user.id, email, name: user.name, role: "MEMBER", teams: [{ teamId: team.id, slug: APPLY_SLUG, role: "MAINTAINER" }] };
}

/**
 * Removes everything a run wrote, then vacuums: the 10,000 removed products leave ~500,000 dead
 * rows. Left to autovacuum, they were cleaned up during the next timed run, on the same two cores,
 * as much or as little as its schedule allowed (runs of the same code differed by a quarter), and
 * the scenarios after this one read past them in the indexes.
 */
async function removeApplyTarget({ pool }: BenchContext) {
  const upstream = await pool.query<{ id: number }>(
    `SELECT DISTINCT e."upstreamProductId" AS id FROM "lineage_edges" e JOIN "data_products" p ON p."id" = e."downstreamProductId"
     JOIN "domains" d ON d."id" = p."domainId" WHERE d."slug" = $1 AND e."upstreamProductId" IS NOT NULL`,
    [APPLY_SLUG],
  );
  await pool.query(`DELETE FROM "data_products" WHERE "domainId" IN (SELECT "id" FROM "domains" WHERE "slug" = $1)`, [APPLY_SLUG]);
  await pool.query(`UPDATE "data_products" p SET "consumerCount" = (SELECT count(*) FROM "lineage_edges" e WHERE e."upstreamProductId" = p."id") WHERE p."id" = ANY($1::int[])`, [upstream.rows.map((row) => row.id)]);
  await pool.query(`DELETE FROM "domains" WHERE "slug" = $1`, [APPLY_SLUG]);
  await pool.query(`DELETE FROM "teams" WHERE "slug" = $1`, [APPLY_SLUG]);
  await pool.query(`DELETE FROM "users" WHERE "email" LIKE '${PREFIX}%@bench.invalid'`);
  await pool.query(`DELETE FROM "source_systems" WHERE "slug" LIKE '${PREFIX}source-%'`);
  await pool.query(`VACUUM (ANALYZE) ${APPLY_TABLES.map((table) => `"${table}"`).join(", ")}`);
}

export const registrationScenarios = defineScenarios(
  {
    // The work POST /api/v1/validate does once the body is read: parse, validate, load domain policies, evaluate.
    name: "registration: validate customer-360 (POST /api/v1/validate)",
    prepare: async ({ prisma }) => ({
      run: async () => {
        const report = await validationReport(prisma, readSpecText(CUSTOMER_360_YAML));
        if (!report.valid) throw new Error("customer-360 should validate");
      },
    }),
  },
  {
    // POST /api/v1/data-products after the body is read: the one transaction with ports, fields, SLOs, governance, history and search.
    name: "registration: create a product (POST /api/v1/data-products)",
    prepare: async (context) => {
      await removeCreated(context);
      const { domain, team } = await target(context.prisma);
      return { run: () => saveProductSpec(context.prisma, freshSpec(domain, team), { actor: "system", mode: "create" }) };
    },
  },
  {
    // `meshwork apply <dir>` of 10,000 YAML files through the CLI's own code: read, parse, batch, and
    // POST /api/v1/data-products/batch served in-process (body reading, per-spec validation, the batch
    // writer) for a member of the target team. products/s = 10,000,000 / median ms.
    name: `registration: apply pipeline, ${APPLY_FILES.toLocaleString("en-US")} spec files per run (meshwork apply)`,
    maxIterations: 1,
    prepare: async (context) => {
      await removeApplyTarget(context);
      const caller = await applyTarget(context);
      const upstream = (
        await context.pool.query<Upstream>(
          `SELECT d."slug" || '/' || p."name" AS ref, o."name" AS port FROM "data_products" p JOIN "domains" d ON d."id" = p."domainId"
           JOIN LATERAL (SELECT "name" FROM "output_ports" WHERE "productId" = p."id" ORDER BY "position" LIMIT 1) o ON true
           WHERE p."status" = 'ACTIVE' AND p."consumerCount" < 1000 AND d."slug" <> $1 ORDER BY p."id" LIMIT 500`,
          [APPLY_SLUG],
        )
      ).rows;
      if (!upstream.length) throw new Error("the bench database has no active products with output ports to read from");
      const dir = await mkdtemp(path.join(os.tmpdir(), "meshwork-bench-apply-"));
      const repository = path.join(dir, "data-products");
      await mkdir(repository);
      for (let index = 0; index < APPLY_FILES; index++) await writeFile(path.join(repository, `product-${String(index).padStart(5, "0")}.yaml`), stringifySpec(applySpec(index, upstream)));
      // The route handler's work, minus resolving the bearer token to this caller.
      const serve = async (input: string | URL | Request, init?: RequestInit) =>
        Response.json(batchResponse(await applySpecBatch(context.prisma, caller, await readSpecBatchBody(new Request(input, init)))));
      return {
        run: async () => {
          const lines: string[] = [];
          const started = performance.now();
          const code = await applyCommand([repository], { url: "http://meshwork.bench", token: "bench", concurrency: DEFAULT_CONCURRENCY, batchSize: DEFAULT_BATCH_SIZE, fetch: serve as typeof fetch }, { line: (text) => void lines.push(text), usage: () => 2 });
          // Timed until the catalog is consistent: the upstream products' consumer counts, recounted after the last batch, included.
          await settleConsumerCounts(context.prisma);
          const seconds = (performance.now() - started) / 1000;
          console.log(`bench: apply pipeline: ${lines.at(-1)} in ${seconds.toFixed(1)} s = ${Math.round(APPLY_FILES / seconds)} products/s`);
          if (code !== 0) throw new Error(`meshwork apply failed: ${lines.filter((line) => line.startsWith("failed")).slice(0, 3).join(" | ")}`);
        },
        cleanup: async () => {
          await rm(dir, { recursive: true, force: true });
          await removeApplyTarget(context);
        },
      };
    },
  },
);
