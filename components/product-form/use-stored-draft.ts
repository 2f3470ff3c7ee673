"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type { ProductFormState } from "@/lib/catalog/product-form-state";

export interface StoredDraft {
  savedAt: string;
  state: ProductFormState;
}

const noSubscription = () => () => {};

/**
 * The form's content, kept in this browser on every change so a closed tab, an expired session or
 * a crash never loses it. Returns the draft that was stored when the form opened (read once, so
 * the user's own typing does not show up as a "draft to restore"), and a writer and a clearer.
 */
export function useStoredDraft(key: string) {
  const opened = useRef<string | null | undefined>(undefined);
  const raw = useSyncExternalStore(
    noSubscription,
    () => {
      if (opened.current === undefined) opened.current = readRaw(key);
      return opened.current;
    },
    () => null,
  );
  const write = useCallback((state: ProductFormState) => {
    try {
      window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), state } satisfies StoredDraft));
    } catch {
      // Storage full or disabled: the form still holds everything in memory.
    }
  }, [key]);
  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }, [key]);
  return { stored: parse(raw), write, clear };
}

function readRaw(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function parse(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as StoredDraft;
    return value && typeof value.savedAt === "string" && value.state && typeof value.state === "object" ? value : null;
  } catch {
    return null;
  }
}
