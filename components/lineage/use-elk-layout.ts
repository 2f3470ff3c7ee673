"use client";
import { useEffect, useState } from "react";
import type { LayoutRequest, LayoutResult } from "./elk-layout";
import { requestLayout } from "./layout-client";

interface LayoutState {
  layout: LayoutResult | null;
  error: string | null;
  /** the request the layout answers, so a newer one shows as pending */
  answers: LayoutRequest | null;
}

/**
 * Lays the graph out in the Web Worker; a newer request supersedes an older one still running.
 * Pass a memoised request: a new object means a new layout.
 */
export function useElkLayout(request: LayoutRequest): { layout: LayoutResult | null; error: string | null; pending: boolean } {
  const [state, setState] = useState<LayoutState>({ layout: null, error: null, answers: null });

  useEffect(() => {
    let current = true;
    requestLayout(request).then(
      (layout) => current && setState({ layout, error: null, answers: request }),
      (error: Error) => current && setState((previous) => ({ ...previous, error: error.message, answers: request })),
    );
    return () => {
      current = false;
    };
  }, [request]);

  return { layout: state.layout, error: state.error, pending: state.answers !== request };
}
