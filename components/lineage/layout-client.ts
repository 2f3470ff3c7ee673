"use client";
import type { LayoutRequest, LayoutResult } from "./elk-layout";

type WorkerReply = { id: number; result: LayoutResult } | { id: number; error: string };

let worker: Worker | null = null;
let lastId = 0;
const waiting = new Map<number, { resolve: (result: LayoutResult) => void; reject: (error: Error) => void }>();

/**
 * One layout worker for the page's lifetime, started as soon as this module loads in the
 * browser: it parses ELK and warms it up while the page hydrates, and every later graph (an
 * expansion, a depth change, the domain map) reuses the warm engine instead of a cold one.
 */
function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./layout.worker.ts", import.meta.url));
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!pending) return;
    if ("error" in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.result);
  };
  return worker;
}

if (typeof window !== "undefined" && typeof Worker !== "undefined") layoutWorker();

/** Lays a graph out off the main thread. */
export function requestLayout(request: LayoutRequest): Promise<LayoutResult> {
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    layoutWorker().postMessage({ id, request });
  });
}
