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
}

/** Queues a recompute; the caller starts it after its response (see runRecomputeJob). */
export async function createRecomputeJob(db: PrismaClient | Prisma.TransactionClient, reason: string, domainId?: number): Promise<number> {
  const job = await db.recomputeJob.create({ data: { reason, domainId: domainId ?? null }, select: { id: true } });
  return job.id;
}

/**
 * Runs a queued job to the end, writing progress after every batch so the UI can poll it.
 * Claiming with a conditional update makes a second runner for the same job a no-op.
 */
export async function runRecomputeJob(db: PrismaClient, jobId: number): Promise<void> {
  const claimed = await db.recomputeJob.updateMany({ where: { id: jobId, status: "QUEUED" }, data: { status: "RUNNING", startedAt: new Date() } });
  if (!claimed.count) return;
  const job = await db.recomputeJob.findUniqueOrThrow({ where: { id: jobId } });
  try {
    await recomputeGovernance(db, {
      domainId: job.domainId ?? undefined,
      onProgress: (done, total) => db.recomputeJob.update({ where: { id: jobId }, data: { done, total } }).then(() => undefined),
    });
    await db.$transaction((tx) => refreshGovernanceRollups(tx, job.domainId === null ? "all" : [job.domainId]), { timeout: 300_000 });
    await db.recomputeJob.update({ where: { id: jobId }, data: { status: "SUCCEEDED", finishedAt: new Date() } });
  } catch (error) {
    console.error(`recompute job ${jobId} failed`, error);
    await db.recomputeJob.update({ where: { id: jobId }, data: { status: "FAILED", finishedAt: new Date(), error: error instanceof Error ? error.message : String(error) } });
  }
}

export async function getRecomputeJobOrThrow(db: PrismaClient, jobId: number): Promise<RecomputeJobView> {
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
  };
}
