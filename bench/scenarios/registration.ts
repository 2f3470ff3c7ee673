import { saveProductSpec } from "@/lib/catalog/save-product";
import { validationReport } from "@/lib/catalog/validate-spec";
import { CUSTOMER_360_YAML } from "@/lib/governance/test-support/customer-360";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readSpecText } from "@/lib/spec/document";
import type { DataProductSpec } from "@/lib/spec/schema";
import { stringifySpec } from "@/lib/spec/yaml";
import { defineScenarios, type BenchContext } from "../scenario";

/** Products these scenarios create carry this prefix; each prepare removes the previous run's. */
const PREFIX = "bench-reg-";
const APPLY_BATCH = 100;
const APPLY_CONCURRENCY = 4;

async function removeCreated({ pool }: BenchContext) {
  await pool.query(`DELETE FROM "data_products" WHERE "name" LIKE '${PREFIX}%'`);
}

async function target(prisma: PrismaClient) {
  const domain = await prisma.domain.findFirstOrThrow({ orderBy: { id: "asc" }, select: { slug: true, owningTeam: { select: { slug: true } } } });
  return { domain: domain.slug, team: domain.owningTeam.slug };
}

let sequence = 0;
/** A complete, publishable spec with a fresh name, shaped like the reference customer-360. */
function freshSpec(domain: string, team: string): DataProductSpec {
  const base = readSpecText(CUSTOMER_360_YAML);
  if (!base.ok) throw new Error("the customer-360 reference spec does not parse");
  const spec = structuredClone(base.spec);
  spec.metadata = { ...spec.metadata, name: `${PREFIX}${process.pid}-${Date.now().toString(36)}-${sequence++}`, domain, status: "active", owner: { ...spec.metadata.owner, team } };
  delete spec.spec.inputPorts;
  delete spec.spec.lineage;
  return spec;
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
    // `meshwork apply` without HTTP: parse + validate + upsert of spec files, APPLY_CONCURRENCY at a time.
    // products/s = APPLY_BATCH / median seconds of one run.
    name: `registration: apply pipeline, ${APPLY_BATCH} spec files per run`,
    prepare: async (context) => {
      const { domain, team } = await target(context.prisma);
      return {
        run: async () => {
          const files = Array.from({ length: APPLY_BATCH }, () => stringifySpec(freshSpec(domain, team)));
          let next = 0;
          const worker = async () => {
            while (next < files.length) {
              const parsed = readSpecText(files[next++]);
              if (!parsed.ok) throw new Error("a generated spec does not parse");
              await saveProductSpec(context.prisma, parsed.spec, { actor: "system", mode: "upsert" });
            }
          };
          await Promise.all(Array.from({ length: APPLY_CONCURRENCY }, worker));
        },
      };
    },
  },
);
