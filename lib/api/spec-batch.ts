import { z } from "zod";
import type { BatchDocument } from "@/lib/catalog/apply-spec-batch";
import { MAX_BATCH_SPECS, type BatchItemResult } from "@/lib/catalog/save-products-batch";
import { readSpecValue } from "@/lib/spec/document";
import { errorStatus } from "./errors";
import { MAX_BODY_BYTES, readBody } from "./read-body";

/** The batch body may be larger than one spec's 1 MB; each spec within it is still held to 1 MB. */
export const MAX_BATCH_BODY_BYTES = 32 * 1024 * 1024;

const batchBody = z.strictObject({
  specs: z.array(z.unknown()).min(1).max(MAX_BATCH_SPECS).describe(`Up to ${MAX_BATCH_SPECS} datamesh.io/v1 or ODPS v1.0.0 documents`),
});

/**
 * Reads `{ specs: [...] }` (JSON or YAML) and validates each document with the shared spec schema on
 * its own, so one invalid document does not refuse the others.
 */
export async function readSpecBatchBody(request: Request): Promise<BatchDocument[]> {
  const { specs } = await readBody(request, batchBody, MAX_BATCH_BODY_BYTES);
  return specs.map((value): BatchDocument => {
    if (JSON.stringify(value).length > MAX_BODY_BYTES) return { ok: false, tooLarge: "The spec is larger than the 1 MB limit", value };
    return readSpecValue(value);
  });
}

/** One line of the batch answer: errors in the API's one error shape. */
export function batchItemJson(item: BatchItemResult) {
  const { error, ...rest } = item;
  return error ? { ...rest, error: errorStatus(error).body.error } : rest;
}

export function batchResponse(items: BatchItemResult[]) {
  const count = (outcome: BatchItemResult["outcome"]) => items.filter((item) => item.outcome === outcome).length;
  return { items: items.map(batchItemJson), created: count("created"), updated: count("updated"), unchanged: count("unchanged"), failed: count("failed") };
}
