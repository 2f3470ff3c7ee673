import type { Caller } from "@/lib/auth/permissions";
import { getGovernanceSummary } from "@/lib/catalog/governance-summary";
import { createRecomputeJob, getRecomputeJobOrThrow, runRecomputeJob } from "@/lib/catalog/recompute-jobs";
import { refreshSloRollups } from "@/lib/catalog/governance-rollups";
import { recordSloMeasurements, sloMeasurementsBodySchema } from "@/lib/catalog/slo-measurements";
import { refreshSloStates } from "@/lib/catalog/slo-state";
import { evaluate } from "@/lib/governance/evaluate";
import type { DataProductSpec } from "@/lib/spec/schema";
import { defineScenarios } from "../scenario";

/** An unusually large spec, so "score on save" is measured at its worst: 400 fields, 12 ports, 60 tests, 40 upstreams. */
function largeSpec(): DataProductSpec {
  const fields = Array.from({ length: 400 }, (_, index) => ({
    name: `column_${index}`,
    type: "string" as const,
    description: index % 7 ? `Column ${index} of the wide table` : undefined,
    pii: index % 5 === 0,
    required: index % 3 === 0,
  }));
  return {
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: { name: "wide-product", domain: "bench", version: "3.2.1", title: "Wide product", status: "active", tags: ["bench"], owner: { team: "bench-team", email: "bench@example.com", slack: "#bench" } },
    spec: {
      description: "A very wide product used to time the policies. It has hundreds of columns, many ports and tests. Nothing about it is real.",
      inputPorts: Array.from({ length: 40 }, (_, index) => ({ name: `input-${index}`, type: "kafka" as const, product: `upstream-${index}`, topic: `t${index}` })),
      outputPorts: Array.from({ length: 12 }, (_, index) => ({ name: `output-${index}`, type: "snowflake" as const, database: "db", schema: "gold", table: `t${index}` })),
      schema: { type: "avro", fields },
      slo: { freshness: { target: "1 hour" }, availability: { target: "99.5%" } },
      quality: { tests: Array.from({ length: 60 }, (_, index) => ({ type: "not_null" as const, columns: [`column_${index * 3}`] })) },
      access: { classification: "confidential", retention: "7 years", privacy: { pii_columns: fields.filter((field) => field.pii).map((field) => field.name), masking_policy: "hash" } },
    },
  };
}

const ADMIN: Caller = { userId: 0, email: "bench@example.com", name: "Bench", role: "ADMIN", teams: [] };

export const governanceScenarios = defineScenarios(
  {
    name: "governance: dashboard summary",
    prepare: async ({ prisma }) => {
      await getGovernanceSummary(prisma); // builds the rollups on first use
      return { run: () => getGovernanceSummary(prisma) };
    },
  },
  {
    name: "governance: dashboard filtered by domain and team",
    prepare: async ({ prisma, pool }) => {
      const { rows } = await pool.query<{ domain: string; team: string }>(
        `SELECT d.slug AS domain, t.slug AS team FROM data_products p JOIN domains d ON d.id = p."domainId" JOIN teams t ON t.id = p."owningTeamId"
         GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
      );
      return { run: () => getGovernanceSummary(prisma, rows[0]) };
    },
  },
  {
    name: "governance: evaluate() a 400-field spec (score on save)",
    prepare: async () => {
      const spec = largeSpec();
      const upstream = Array.from({ length: 40 }, (_, index) => ({ ref: `bench/upstream-${index}`, status: "active" as const, freshnessMinutes: 30 }));
      return { run: async () => evaluate(spec, { upstream, targetStatus: "active" }) };
    },
  },
  {
    name: "governance: ingest 10,000 SLO measurements",
    // What POST …/slo-measurements does once the body is read: validate it, then record it. Every
    // iteration sends 10,000 new measurements (earlier minutes), 1 in 20 missing the target;
    // cleanup removes them and restores the SLO's state.
    prepare: async ({ prisma, pool }) => {
      const { rows } = await pool.query<{ domain: string; name: string; target: number; sloId: number; productId: number }>(
        `SELECT d.slug AS domain, p.name, s."targetValue" AS target, s.id AS "sloId", p.id AS "productId" FROM slos s JOIN data_products p ON p.id = s."productId" JOIN domains d ON d.id = p."domainId"
         WHERE s.kind = 'FRESHNESS' ORDER BY p.id LIMIT 1`,
      );
      const [product] = rows;
      const now = new Date();
      let iteration = 0;
      const batch = () => {
        const offset = iteration++ * 10_000;
        return Array.from({ length: 10_000 }, (_, index) => ({
          kind: "freshness" as const,
          value: index % 20 ? product.target / 2 : product.target * 2,
          observedAt: new Date(now.getTime() - (offset + index + 1) * 60_000).toISOString(),
        }));
      };
      return {
        run: async () => recordSloMeasurements(prisma, ADMIN, product, sloMeasurementsBodySchema.parse({ measurements: batch() }), now),
        cleanup: async () => {
          await pool.query(`DELETE FROM slo_measurements WHERE "sloId" = $1 AND "observedAt" < $2`, [product.sloId, now]);
          await prisma.$transaction(async (tx) => refreshSloRollups(tx, await refreshSloStates(tx, [product.productId])));
        },
      };
    },
  },
  {
    // The background job a policy change starts: every product streamed, evaluated and its changes
    // written, progress and heartbeat on the job row after each batch, then the stale rollups rebuilt.
    name: "governance: full recompute of every product",
    maxIterations: 1,
    prepare: async ({ prisma }) => {
      const jobs: number[] = [];
      return {
        run: async () => {
          const id = await createRecomputeJob(prisma, "bench: full recompute");
          jobs.push(id);
          await runRecomputeJob(prisma, id);
          const job = await getRecomputeJobOrThrow(prisma, id);
          console.log(`bench: full recompute: ${job.status}, ${job.done} of ${job.total} products`);
          if (job.status !== "succeeded") throw new Error(`recompute ${job.status}: ${job.error}`);
        },
        cleanup: async () => {
          await prisma.recomputeJob.deleteMany({ where: { id: { in: jobs } } });
        },
      };
    },
  },
);
