"use client";
import { useEffect, useRef, useState } from "react";
import type { LayoutRequest, LayoutResult } from "./elk-layout";

type WorkerReply = { id: number; result: LayoutResult } | { id: number; error: string };

interface LayoutState {
  layout: LayoutResult | null;
  error: string | null;
  /** the request the layout answers, so a newer one shows as pending */
  answers: LayoutRequest | null;
}

/**
 * Lays the graph out in a Web Worker; a newer request supersedes an older one still running.
 * Pass a memoised request: a new object means a new layout.
 */
export function useElkLayout(request: LayoutRequest): { layout: LayoutResult | null; error: string | null; pending: boolean } {
  const worker = useRef<Worker | null>(null);
  const sent = useRef<{ id: number; request: LayoutRequest | null }>({ id: 0, request: null });
  const [state, setState] = useState<LayoutState>({ layout: null, error: null, answers: null });

  useEffect(() => {
    const current = new Worker(new URL("./layout.worker.ts", import.meta.url));
    worker.current = current;
    current.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.id !== sent.current.id) return;
      const answers = sent.current.request;
      setState((previous) => ("error" in reply ? { ...previous, error: reply.error, answers } : { layout: reply.result, error: null, answers }));
    };
    if (sent.current.request) current.postMessage({ id: sent.current.id, request: sent.current.request });
    return () => current.terminate();
  }, []);

  useEffect(() => {
    sent.current = { id: sent.current.id + 1, request };
    worker.current?.postMessage({ id: sent.current.id, request });
  }, [request]);

  return { layout: state.layout, error: state.error, pending: state.answers !== request };
}
