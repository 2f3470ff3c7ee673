import "server-only";
import type { Caller } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReadSpecResult } from "@/lib/spec/document";
import { InvalidSpecError } from "./errors";
import { saveProductsBatch, type BatchItemResult } from "./save-products-batch";

/** One document of a batch as read: a validated spec, or why it is not one. */
export type BatchDocument = ReadSpecResult | { ok: false; tooLarge: string; value: unknown };

/**
 * `POST /api/v1/data-products/batch`: creates or updates every valid spec of the batch through the
 * batch writer; documents that do not validate fail alone, with every problem listed.
 */
export async function applySpecBatch(db: PrismaClient, caller: Caller, documents: BatchDocument[]): Promise<BatchItemResult[]> {
  const valid = documents.flatMap((document, index) => (document.ok ? [{ index, spec: document.spec }] : []));
  const saved = valid.length ? await saveProductsBatch(db, valid.map((item) => item.spec), { actor: caller }) : [];
  const results: BatchItemResult[] = documents.map((document, index) => {
    if (document.ok) return saved[valid.findIndex((item) => item.index === index)];
    const ref = refOf("draft" in document ? document.draft : "value" in document ? document.value : undefined, index);
    if ("tooLarge" in document) return { ref, outcome: "failed", error: new InvalidSpecError(document.tooLarge) };
    return {
      ref,
      outcome: "failed",
      error: new InvalidSpecError(`The spec is not valid: ${document.problems.length} problem(s)`, document.problems.map(({ path, message }) => ({ path, message }))),
    };
  });
  return results;
}

/** The address an invalid document was meant for, when it says so; else its place in the batch. */
function refOf(value: unknown, index: number): string {
  const metadata = value && typeof value === "object" && "metadata" in value ? (value as { metadata?: { domain?: unknown; name?: unknown } }).metadata : undefined;
  return typeof metadata?.domain === "string" && typeof metadata.name === "string" ? `${metadata.domain}/${metadata.name}` : `#${index + 1}`;
}
