import type { DataProductSpec } from "@/lib/spec/schema";
import { CatalogError, ConflictError, ForbiddenError, InvalidSpecError, NotFoundError, UnauthenticatedError, VersionConflictError, type FieldError } from "./errors";

/**
 * What the registration form's server actions answer. Expected failures are values, never thrown,
 * so the client keeps everything the user typed and shows the reason next to the form.
 */
export type SaveFormResult =
  | { ok: true; ref: string; version: number; status: string; score: number }
  | { ok: false; fieldErrors: FieldError[]; message: string }
  | { ok: false; conflict: ConflictDetails; message: string }
  | { ok: false; error: string; reason: "signed-out" | "forbidden" | "not-found" | "conflict" | "unexpected" };

export interface ConflictDetails {
  /** The version stored now; saving again against it is a conscious overwrite. */
  currentVersion: number;
  /** What is stored now; the form diffs it against the spec it opened. */
  theirs: DataProductSpec;
  changedBy: string | null;
}

export type LifecycleResult = { ok: true; version: number } | { ok: false; fieldErrors: FieldError[]; message: string } | { ok: false; error: string; reason: string };

/** Maps the catalog's typed errors; anything else is a bug, logged, and shown as a generic message. */
export function failureOf(error: unknown): Exclude<SaveFormResult, { ok: true } | { conflict: ConflictDetails }> {
  if (error instanceof InvalidSpecError) return { ok: false, fieldErrors: error.details, message: error.message };
  if (error instanceof ConflictError && error.details.length) return { ok: false, fieldErrors: error.details, message: error.message };
  if (error instanceof UnauthenticatedError) {
    return { ok: false, error: "Your session has ended. Sign in again in another tab, then save: everything you typed is still here.", reason: "signed-out" };
  }
  if (error instanceof ForbiddenError) return error.details.length ? { ok: false, fieldErrors: error.details, message: error.message } : { ok: false, error: error.message, reason: "forbidden" };
  if (error instanceof NotFoundError) return { ok: false, error: error.message, reason: "not-found" };
  if (error instanceof VersionConflictError || error instanceof ConflictError) return { ok: false, error: error.message, reason: "conflict" };
  if (error instanceof CatalogError) return { ok: false, error: error.message, reason: "unexpected" };
  console.error("Saving a product from the form failed", error);
  return { ok: false, error: "Saving failed on the server. Nothing was lost: your changes are still in the form and saved in this browser; try again.", reason: "unexpected" };
}
