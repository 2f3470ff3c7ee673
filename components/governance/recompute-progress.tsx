"use client";

import { useEffect, useState } from "react";

interface JobView {
  status: "queued" | "running" | "succeeded" | "failed";
  total: number;
  done: number;
  reason: string;
  error: string | null;
  stalled: boolean;
}

/** Polls a recompute job until it ends, showing products done of total; calls onDone once at the end. */
export function RecomputeProgress({ jobId, onDone }: { jobId: number; onDone: () => void }) {
  const [job, setJob] = useState<JobView | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(`/api/v1/governance/jobs/${jobId}`, { cache: "no-store" });
        if (response.ok) {
          const next: JobView = await response.json();
          if (stopped) return;
          setJob(next);
          if (next.status === "succeeded" || next.status === "failed") return onDone();
        }
      } catch {
        // A dropped poll is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, 500);
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, onDone]);

  const percent = job && job.total ? Math.round((job.done / job.total) * 100) : 0;
  const finished = job?.status === "succeeded";
  return (
    <div role="status" aria-live="polite" className={`rounded-lg border px-4 py-3 text-sm ${job?.status === "failed" ? "border-rose-200 bg-rose-50 text-rose-800" : finished ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-brand-100 bg-brand-50 text-brand-700"}`}>
      <div className="flex items-center justify-between gap-3">
        <span>{describe(job)}</span>
        <span className="tabular-nums">{percent}%</span>
      </div>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-white/70" aria-hidden>
        <div className="h-full rounded-full bg-current transition-all" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

function describe(job: JobView | null): string {
  if (!job || job.status === "queued") return "Recompute queued…";
  if (job.stalled) return `Recompute interrupted at ${job.done} of ${job.total} products; resuming…`;
  if (job.status === "running") return `Recomputing scores: ${job.done} of ${job.total} products`;
  if (job.status === "succeeded") return `Scores recomputed: ${job.total} products checked against the new policies.`;
  return `Recompute failed: ${job.error}`;
}
