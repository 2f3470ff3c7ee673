import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRecomputeJob, getRecomputeJobOrThrow, recoverStaleRecomputeJobs, runRecomputeJob, STALE_JOB_MS } from "../../lib/catalog/recompute-jobs";
import type { Prisma } from "../../lib/generated/prisma/client";
import { createDemoMeshDatabase, type DemoMeshDatabase } from "../support/demo-mesh-database";

let database: DemoMeshDatabase;
let sql: pg.Client;
let productIds: number[];

const scores = async () => new Map((await sql.query<{ id: number; score: number }>(`SELECT id, "governanceScore" AS score FROM data_products`)).rows.map((row) => [row.id, row.score]));
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** A job as a process killed mid-recompute leaves it: running, with progress up to a cursor and no heartbeat since. */
async function interruptedJob(cursorIndex: number, heartbeatAt: Date, attempts = 1) {
  const id = await createRecomputeJob(database.db, "test: interrupted");
  await database.db.recomputeJob.update({
    where: { id },
    data: { status: "RUNNING", startedAt: heartbeatAt, heartbeatAt, attempts, total: productIds.length, done: cursorIndex + 1, lastProductId: productIds[cursorIndex] },
  });
  return id;
}

beforeAll(async () => {
  database = await createDemoMeshDatabase();
  sql = database.sql;
  productIds = (await sql.query<{ id: number }>(`SELECT id FROM data_products ORDER BY id`)).rows.map((row) => row.id);
}, 300_000);

afterAll(async () => {
  await database?.drop();
});

describe("recompute jobs", () => {
  it("runs a queued job to the end with its progress and heartbeat on the row", async () => {
    const id = await createRecomputeJob(database.db, "test: full run");
    await runRecomputeJob(database.db, id);
    const job = await database.db.recomputeJob.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "SUCCEEDED", total: productIds.length, done: productIds.length, lastProductId: productIds.at(-1), attempts: 1 });
    expect(job.heartbeatAt).not.toBeNull();
  });

  it("resumes a job whose process died after the last product it wrote", async () => {
    const saved = await scores();
    await sql.query(`UPDATE data_products SET "governanceScore" = 0`);
    const id = await interruptedJob(9, minutesAgo(10));
    expect(await getRecomputeJobOrThrow(database.db, id)).toMatchObject({ status: "running", stalled: true });

    expect(await recoverStaleRecomputeJobs(database.db)).toEqual([id]);

    const job = await getRecomputeJobOrThrow(database.db, id);
    expect(job).toMatchObject({ status: "succeeded", done: productIds.length, total: productIds.length, stalled: false });
    const after = await scores();
    // Products up to the cursor were done by the dead runner and are not redone; the rest are recomputed.
    productIds.forEach((productId, index) => expect(after.get(productId)).toBe(index <= 9 ? 0 : saved.get(productId)));
    expect((await database.db.recomputeJob.findUniqueOrThrow({ where: { id } })).attempts).toBe(2);
    await runRecomputeJob(database.db, await createRecomputeJob(database.db, "test: restore"));
  });

  it("leaves a running job with a recent heartbeat to its runner", async () => {
    const id = await interruptedJob(5, new Date(Date.now() - STALE_JOB_MS / 2));
    expect(await recoverStaleRecomputeJobs(database.db)).toEqual([]);
    expect(await getRecomputeJobOrThrow(database.db, id)).toMatchObject({ status: "running", stalled: false, done: 6 });
    // Once it has been silent long enough, the next request for a recompute picks it up.
    const later = () => new Date(Date.now() + STALE_JOB_MS);
    await runRecomputeJob(database.db, await createRecomputeJob(database.db, "test: next change"), later);
    expect(await getRecomputeJobOrThrow(database.db, id)).toMatchObject({ status: "succeeded", done: productIds.length });
  });

  it("starts a queued job whose request died before starting it", async () => {
    const id = await createRecomputeJob(database.db, "test: never started");
    await sql.query(`UPDATE recompute_jobs SET "createdAt" = now() - interval '10 minutes' WHERE id = $1`, [id]);
    expect(await recoverStaleRecomputeJobs(database.db)).toEqual([id]);
    expect(await getRecomputeJobOrThrow(database.db, id)).toMatchObject({ status: "succeeded", done: productIds.length });
  });

  it("gives up on a job that keeps getting interrupted, saying so", async () => {
    const id = await interruptedJob(3, minutesAgo(10), 3);
    expect(await recoverStaleRecomputeJobs(database.db)).toEqual([]);
    expect(await getRecomputeJobOrThrow(database.db, id)).toMatchObject({ status: "failed", error: expect.stringContaining("interrupted") });
  });

  it("stops a runner whose job was taken over, without touching its successor's progress", async () => {
    const id = await createRecomputeJob(database.db, "test: taken over");
    // Another runner (which presumed this one dead) claims the job just before this one's first batch lands.
    let takenOver = false;
    const jobs = database.db.recomputeJob;
    const updateMany = async (args: Prisma.RecomputeJobUpdateManyArgs) => {
      if (!takenOver && args.data.lastProductId !== undefined && args.data.lastProductId !== 0) {
        takenOver = true;
        await sql.query(`UPDATE recompute_jobs SET attempts = attempts + 1, done = 0, "lastProductId" = 0 WHERE id = $1`, [id]);
      }
      return jobs.updateMany(args);
    };
    const db = new Proxy(database.db, {
      get(target, property) {
        if (property === "recomputeJob") return { ...jobs, findUniqueOrThrow: jobs.findUniqueOrThrow.bind(jobs), findMany: jobs.findMany.bind(jobs), updateMany };
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    await runRecomputeJob(db, id);
    expect(takenOver).toBe(true);
    expect(await database.db.recomputeJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RUNNING", attempts: 2, done: 0, lastProductId: 0 });
    await sql.query(`UPDATE recompute_jobs SET status = 'FAILED' WHERE id = $1`, [id]);
  });
});
