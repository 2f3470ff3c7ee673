import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "./errors";
import { refreshGovernanceRollups } from "./governance-rollups";
import { recomputeGovernance } from "./recompute-governance";

export interface RecomputeJobView {
  id: number;
  reason: string;
  domain: string | null;
  status: "queued" | "running" | "succeeded" | "failed";
  total: number;
  done: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** running or queued without a sign of life for STALE_JOB_MS: its runner died and it awaits recovery */
  stalled: boolean;
}

/**
 * A running job writes its heartbeat after every batch (a batch takes about a second) and before
 * refreshing the rollups (seconds on the 100k mesh); one silent for this long lost its process.
 */
export const STALE_JOB_MS = 2 * 60_000;
/** A job that keeps dying (e.g. a batch that always crashes its process) is given up after this many claims. */
const MAX_ATTEMPTS = 3;

/** Raised inside a runner whose job was claimed by another runner (it was presumed dead): it stops quietly. */
class JobTakenOverError extends Error {}

/** Queues a recompute; the caller starts it after its response (see runRecomputeJob). */
export async function createRecomputeJob(db: PrismaClient | Prisma.TransactionClient, reason: string, domainId?: number): Promise<number> {
  const job = await db.recomputeJob.create({ data: { reason, domainId: domainId ?? null }, select: { id: true } });
  return job.id;
}

type Clock = () => Date;
const systemClock: Clock = () => new Date();

/**
 * Runs a queued job to the end, writing progress and a heartbeat after every batch so the UI can
 * poll it and a dead runner can be told from a slow one. Claiming with a conditional update makes a
 * second runner for the same job a no-op; a job resumed after a crash starts after the last product
 * its previous runner wrote. Afterwards it picks up jobs whose runner died.
 */
export async function runRecomputeJob(db: PrismaClient, jobId: number, clock: Clock = systemClock): Promise<void> {
  await runClaimed(db, jobId, clock);
  await recoverStaleRecomputeJobs(db, clock);
}

/**
 * Requeues running jobs without a recent heartbeat (their process was killed or restarted) and runs
 * every queued job nobody started, oldest first; a job interrupted MAX_ATTEMPTS times is marked
 * failed instead. Called when a recompute is requested or a stalled one is polled, so an
 * interrupted recompute finishes without anyone restarting it by hand. Returns the ids it ran.
 */
export async function recoverStaleRecomputeJobs(db: PrismaClient, clock: Clock = systemClock): Promise<number[]> {
  const now = clock();
  const staleBefore = new Date(now.getTime() - STALE_JOB_MS);
  const stale = { status: "RUNNING" as const, OR: [{ heartbeatAt: { lt: staleBefore } }, { heartbeatAt: null, startedAt: { lt: staleBefore } }] };
  await db.recomputeJob.updateMany({
    where: { ...stale, attempts: { gte: MAX_ATTEMPTS } },
    data: { status: "FAILED", finishedAt: now, error: `Stopped after ${MAX_ATTEMPTS} interrupted attempts; change the policy again to retry.` },
  });
  const interrupted = await db.recomputeJob.findMany({ where: stale, select: { id: true } });
  const requeued = await db.recomputeJob.updateMany({ where: { ...stale, id: { in: interrupted.map(({ id }) => id) } }, data: { status: "QUEUED" } });
  if (requeued.count) console.warn(`recompute: resuming ${requeued.count} interrupted job(s)`);
  // Also those queued a while ago and never claimed: the request that queued them did not live to start them.
  const queued = await db.recomputeJob.findMany({
    where: { status: "QUEUED", OR: [{ createdAt: { lt: staleBefore } }, { id: { in: interrupted.map(({ id }) => id) } }] },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  for (const { id } of queued) await runClaimed(db, id, clock);
  return queued.map(({ id }) => id);
}

async function runClaimed(db: PrismaClient, jobId: number, clock: Clock) {
  const claimedAt = clock();
  const claimed = await db.recomputeJob.updateMany({
    where: { id: jobId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: claimedAt, heartbeatAt: claimedAt, attempts: { increment: 1 } },
  });
  if (!claimed.count) return;
  const job = await db.recomputeJob.findUniqueOrThrow({ where: { id: jobId } });
  // Every write names the claim, so a runner presumed dead cannot overwrite its successor's progress.
  const mine = { id: jobId, status: "RUNNING" as const, attempts: job.attempts };
  const beat = async (data: Prisma.RecomputeJobUpdateManyMutationInput) => {
    const written = await db.recomputeJob.updateMany({ where: mine, data: { ...data, heartbeatAt: clock() } });
    if (!written.count) throw new JobTakenOverError();
  };
  try {
    const outcome = await recomputeGovernance(db, {
      domainId: job.domainId ?? undefined,
      resumeFrom: { lastProductId: job.lastProductId, done: job.done },
      onProgress: (done, total, progress) => beat({ done, total, lastProductId: progress.lastProductId }),
    });
    await beat({});
    // Only domains where a score or result changed have stale rollups; an earlier attempt of a resumed
    // job may have changed products anywhere in its scope, so a resumed job refreshes the whole scope.
    const scope = job.domainId === null ? "all" : [job.domainId];
    const stale = job.attempts > 1 ? scope : outcome.changedDomainIds;
    await db.$transaction((tx) => refreshGovernanceRollups(tx, stale), { timeout: 300_000 });
    await db.recomputeJob.updateMany({ where: mine, data: { status: "SUCCEEDED", finishedAt: clock() } });
  } catch (error) {
    if (error instanceof JobTakenOverError) return;
    console.error(`recompute job ${jobId} failed`, error);
    await db.recomputeJob.updateMany({ where: mine, data: { status: "FAILED", finishedAt: clock(), error: error instanceof Error ? error.message : String(error) } });
  }
}

export async function getRecomputeJobOrThrow(db: PrismaClient, jobId: number, now = new Date()): Promise<RecomputeJobView> {
  const job = await db.recomputeJob.findUnique({ where: { id: jobId } });
  if (!job) throw new NotFoundError(`No recompute job ${jobId}`);
  const domain = job.domainId === null ? null : await db.domain.findUnique({ where: { id: job.domainId }, select: { slug: true } });
  return {
    id: job.id,
    reason: job.reason,
    domain: domain?.slug ?? null,
    status: job.status.toLowerCase() as RecomputeJobView["status"],
    total: job.total,
    done: job.done,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    stalled: (job.status === "RUNNING" || job.status === "QUEUED") && now.getTime() - (job.heartbeatAt ?? job.createdAt).getTime() > STALE_JOB_MS,
  };
}
