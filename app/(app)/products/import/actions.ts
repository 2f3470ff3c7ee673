"use server";

import { errorStatus } from "@/lib/api/errors";
import { requireCaller } from "@/lib/auth/caller";
import { saveProductSpec } from "@/lib/catalog/save-product";
import { validationReport, type ValidationReport } from "@/lib/catalog/validate-spec";
import { prisma } from "@/lib/db/prisma";
import { readSpecText } from "@/lib/spec/document";
import type { DataProductSpec } from "@/lib/spec/schema";
import { MAX_IMPORT_BYTES } from "./limits";

export interface ImportPreview {
  report: ValidationReport;
  spec?: DataProductSpec;
}

export type ImportSaveResult =
  | { ok: true; ref: string }
  | { ok: false; message: string; details: { path: string; message: string }[] };

function tooLarge(text: string) {
  return Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES;
}

/** Parses and judges the document; nothing is saved. */
export async function previewImportAction(text: string): Promise<ImportPreview> {
  await requireCaller();
  if (tooLarge(text)) return { report: { valid: false, problems: [{ path: "", message: "The document is larger than 1 MB; split it or trim it" }], ignored: [] } };
  const result = readSpecText(text);
  return { report: await validationReport(prisma, result), spec: result.ok ? result.spec : undefined };
}

/** Saves the document as a new product, as a draft or published (refused while governance errors remain). */
export async function saveImportAction(text: string, publish: boolean): Promise<ImportSaveResult> {
  const caller = await requireCaller();
  if (tooLarge(text)) return { ok: false, message: "The document is larger than 1 MB", details: [] };
  const result = readSpecText(text);
  if (!result.ok) return { ok: false, message: "Fix the problems in the document first", details: result.problems };
  const spec = { ...result.spec, metadata: { ...result.spec.metadata, status: publish ? ("active" as const) : ("draft" as const) } };
  try {
    const saved = await saveProductSpec(prisma, spec, { actor: caller, mode: "create", summary: `Imported from ${result.format === "odps" ? "ODPS" : "YAML"}` });
    return { ok: true, ref: saved.ref };
  } catch (error) {
    const { status, body } = errorStatus(error);
    if (status === 500) return { ok: false, message: body.error.message, details: [] };
    return { ok: false, message: body.error.message, details: body.error.details };
  }
}
