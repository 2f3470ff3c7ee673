import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshGovernanceRollups } from "../../lib/catalog/governance-rollups";
import { recordSloMeasurements } from "../../lib/catalog/slo-measurements";
import { getTeamOrThrow } from "../../lib/catalog/teams";
import type { Caller } from "../../lib/auth/permissions";
import { createDemoMeshDatabase, type DemoMeshDatabase } from "../support/demo-mesh-database";

let database: DemoMeshDatabase;
let sql: pg.Client;
let owner: Caller;

const ref = { domain: "customer", name: "customer-360" };
const TEAM = "customer-domain-team";

const rollupSloColumns = async () =>
  (await sql.query(`SELECT "domainId", "owningTeamId", "sloMet", "sloAtRisk", "sloBreached" FROM governance_rollups ORDER BY 1, 2`)).rows;

async function freshnessTarget(): Promise<number> {
  const { rows } = await sql.query(`SELECT s."targetValue" FROM slos s JOIN data_products p ON p.id = s."productId" WHERE p.name = $1 AND s.kind = 'FRESHNESS'`, [ref.name]);
  return rows[0].targetValue;
}

/** `count` freshness measurements a minute apart ending now, every `missEvery`-th one missing the target. */
function measurements(count: number, target: number, missEvery: number, now: Date) {
  return Array.from({ length: count }, (_, index) => ({
    kind: "freshness" as const,
    value: index % missEvery === 0 ? target * 3 : target / 2,
    observedAt: new Date(now.getTime() - index * 60_000).toISOString(),
  }));
}

beforeAll(async () => {
  database = await createDemoMeshDatabase();
  sql = database.sql;
  owner = await database.callerFor("owner@meshwork.demo");
}, 300_000);

afterAll(async () => {
  await database?.drop();
});

describe("ingesting SLO measurements in bulk", () => {
  it("records 10,000 measurements in one request, sets the SLO's state and keeps the rollups exact", async () => {
    const now = new Date();
    const target = await freshnessTarget();
    await sql.query(`DELETE FROM slo_measurements m USING slos s, data_products p WHERE s.id = m."sloId" AND p.id = s."productId" AND p.name = $1`, [ref.name]);
    // 1 in 4 misses: far beyond the 5% error budget.
    const result = await recordSloMeasurements(database.db, owner, ref, { measurements: measurements(10_000, target, 4, now) }, now);
    expect(result.recorded).toBe(10_000);
    const { rows } = await sql.query(
      `SELECT s.state, s.compliance, p."sloState" FROM slos s JOIN data_products p ON p.id = s."productId" WHERE p.name = $1 AND s.kind = 'FRESHNESS'`,
      [ref.name],
    );
    expect(rows[0]).toMatchObject({ state: "BREACHED", compliance: 0.75, sloState: "BREACHED" });

    // The targeted rollup update must leave the same figures as rebuilding every rollup from scratch.
    const updated = await rollupSloColumns();
    await database.db.$transaction((tx) => refreshGovernanceRollups(tx, "all"));
    expect(updated).toEqual(await rollupSloColumns());
  });

  it("is idempotent: the same request again changes nothing", async () => {
    const now = new Date();
    const target = await freshnessTarget();
    const body = { measurements: measurements(500, target, 2, now) };
    await recordSloMeasurements(database.db, owner, ref, body, now);
    const before = (await sql.query(`SELECT count(*)::int AS n, sum(value) AS total FROM slo_measurements`)).rows[0];
    await recordSloMeasurements(database.db, owner, ref, body, now);
    expect((await sql.query(`SELECT count(*)::int AS n, sum(value) AS total FROM slo_measurements`)).rows[0]).toEqual(before);
  });
});

describe("a team's needs-attention list", () => {
  it("lists a product whose SLO is breached, with the SLO and its compliance as the reason", async () => {
    const team = await getTeamOrThrow(TEAM, database.db);
    const item = team.attention.find((entry) => entry.ref === `${ref.domain}/${ref.name}`);
    expect(item?.reasons).toContainEqual({ kind: "slo", state: "BREACHED", slos: [expect.objectContaining({ kind: "freshness", state: "BREACHED" })] });
  });

  it("lists products at risk after those breached or failing error-level policies, and leaves healthy ones out", async () => {
    const target = await freshnessTarget();
    const now = new Date();
    // Recovered: every measurement of the window now meets the target except the latest, which puts it at risk.
    await sql.query(`DELETE FROM slo_measurements`);
    const body = { measurements: measurements(200, target, 1_000, now) };
    await recordSloMeasurements(database.db, owner, ref, body, now);
    const team = await getTeamOrThrow(TEAM, database.db);
    const refs = team.attention.map((entry) => entry.ref);
    const atRisk = refs.indexOf(`${ref.domain}/${ref.name}`);
    expect(team.attention[atRisk].reasons).toEqual([{ kind: "slo", state: "AT_RISK", slos: [expect.objectContaining({ kind: "freshness", state: "AT_RISK" })] }]);
    const urgent = team.attention.filter((entry) => entry.reasons.some((reason) => reason.kind === "errors" || reason.state === "BREACHED"));
    expect(refs.slice(0, urgent.length)).toEqual(urgent.map((entry) => entry.ref));
    expect(atRisk).toBeGreaterThanOrEqual(urgent.length);

    const expected = await sql.query(
      `SELECT d.slug || '/' || p.name AS ref FROM data_products p JOIN domains d ON d.id = p."domainId" JOIN teams t ON t.id = p."owningTeamId"
       WHERE t.slug = $1 AND p.status <> 'RETIRED' AND (p."errorCount" > 0 OR p."sloState" IN ('BREACHED', 'AT_RISK'))`,
      [TEAM],
    );
    expect([...refs].sort()).toEqual(expected.rows.map((row) => row.ref).sort());
    for (const entry of team.attention) expect(entry.reasons.length).toBeGreaterThan(0);
  });
});
