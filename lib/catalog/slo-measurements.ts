import "server-only";
import { z } from "zod";
import { canEditProduct, type Caller } from "@/lib/auth/permissions";
import { meetsTarget, type SloUnit } from "@/lib/governance/slo-compliance";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SLO_KINDS } from "@/lib/spec/enums";
import { fromDbSloKind } from "./enum-mapping";
import { ForbiddenError, InvalidSpecError, NotFoundError, type FieldError } from "./errors";
import { refreshSloRollups } from "./governance-rollups";
import { refreshSloStates } from "./slo-state";

export const MAX_MEASUREMENTS_PER_REQUEST = 10_000;
/** Clocks of the pipelines that report measurements drift a little; beyond this a timestamp is in the future. */
const CLOCK_SKEW_MS = 60_000;

const measurementSchema = z
  .strictObject({
    kind: z.enum(SLO_KINDS).describe("Which SLO the value measures"),
    value: z.number("Send the value as a number").finite().min(0, "Use a value of 0 or more").describe("Minutes of lag for freshness, a percentage otherwise"),
    observedAt: z
      .string("Send observedAt as an ISO 8601 timestamp")
      .refine((text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)), "Use an ISO 8601 timestamp, e.g. 2026-11-28T09:00:00Z")
      .describe("When the value was observed"),
  })
  .refine((measurement) => measurement.kind === "freshness" || measurement.value <= 100, { path: ["value"], message: "A percentage is at most 100" });

/** One measurement, or many under `measurements`. */
export const sloMeasurementsBodySchema = z.union([
  measurementSchema,
  z.strictObject({ measurements: z.array(measurementSchema).min(1, "Send at least one measurement").max(MAX_MEASUREMENTS_PER_REQUEST, `Send at most ${MAX_MEASUREMENTS_PER_REQUEST} measurements per request`) }),
]);
export type SloMeasurementsBody = z.infer<typeof sloMeasurementsBodySchema>;

/**
 * Stores measurements idempotently on (SLO, observedAt): sending the same batch again changes
 * nothing, a corrected value replaces the old one. Then the product's compliance is recomputed.
 */
export async function recordSloMeasurements(db: PrismaClient, caller: Caller, ref: { domain: string; name: string }, body: SloMeasurementsBody, now = new Date()) {
  const measurements = "measurements" in body ? body.measurements : [body];
  const product = await db.dataProduct.findFirst({
    where: { name: ref.name, domain: { slug: ref.domain } },
    select: { id: true, domainId: true, owningTeamId: true, domain: { select: { owningTeamId: true } }, slos: { select: { id: true, kind: true, targetValue: true, unit: true } } },
  });
  const address = `${ref.domain}/${ref.name}`;
  if (!product) throw new NotFoundError(`No data product ${address}`);
  if (!canEditProduct(caller, { owningTeamId: product.owningTeamId, domainOwningTeamId: product.domain.owningTeamId })) {
    throw new ForbiddenError(`Only the team that owns ${address} can report its SLO measurements`);
  }

  const slos = new Map(product.slos.map((slo) => [fromDbSloKind(slo.kind), slo]));
  const declared = [...slos.keys()].join(", ") || "none";
  const errors: FieldError[] = [];
  const path = (index: number, field: string) => ("measurements" in body ? `measurements[${index}].${field}` : field);
  // Last one wins within a request, as it would across requests; Postgres refuses to upsert one row twice in a statement.
  const rows = new Map<string, { sloId: number; observedAt: string; value: number; met: boolean }>();
  measurements.forEach((measurement, index) => {
    const slo = slos.get(measurement.kind);
    const observedAt = new Date(measurement.observedAt);
    if (!slo) errors.push({ path: path(index, "kind"), message: `${address} has no ${measurement.kind} SLO; its SLOs are: ${declared}` });
    if (observedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) errors.push({ path: path(index, "observedAt"), message: `${measurement.observedAt} is in the future` });
    if (!slo || errors.length) return;
    const target = { targetValue: slo.targetValue, unit: slo.unit as SloUnit };
    rows.set(`${slo.id}@${observedAt.getTime()}`, { sloId: slo.id, observedAt: observedAt.toISOString().replace("Z", ""), value: measurement.value, met: meetsTarget(measurement.value, target) });
  });
  if (errors.length) throw new InvalidSpecError(`${errors.length} measurement(s) cannot be recorded; ${address} has these SLOs: ${declared}`, errors.slice(0, 100));

  const values = [...rows.values()];
  await db.$transaction(
    async (tx) => {
      // One statement for the whole request; a re-sent measurement with the same value is left alone.
      await tx.$executeRaw`
        INSERT INTO "slo_measurements" AS m ("sloId", "observedAt", "value", "met")
        SELECT * FROM unnest(${values.map((row) => row.sloId)}::int[], ${values.map((row) => row.observedAt)}::timestamp(3)[],
                             ${values.map((row) => row.value)}::float8[], ${values.map((row) => row.met)}::boolean[])
        ON CONFLICT ("sloId", "observedAt") DO UPDATE SET "value" = EXCLUDED."value", "met" = EXCLUDED."met"
        WHERE m."value" IS DISTINCT FROM EXCLUDED."value" OR m."met" IS DISTINCT FROM EXCLUDED."met"`;
      const changes = await refreshSloStates(tx, [product.id], now);
      // Only the product's SLO state feeds the dashboard's rollups, and only its own group's counts.
      await refreshSloRollups(tx, changes);
    },
    { timeout: 30_000 },
  );
  return { recorded: values.length };
}
