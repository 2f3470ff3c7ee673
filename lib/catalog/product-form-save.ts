import "server-only";
import { zodIssuesToFieldErrors } from "@/lib/api/zod-errors";
import type { Caller } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dataProductSpecSchema } from "@/lib/spec/schema";
import { VersionConflictError } from "./errors";
import { getEditableProductOrThrow } from "./product-form-load";
import { failureOf, type SaveFormResult } from "./product-form-result";
import { saveProductSpec } from "./save-product";

export interface FormSaveOptions {
  mode: "create" | "update";
  expectedVersion?: number;
}

/**
 * Saves what the form sent: the shared schema parses it (the browser's validation is a courtesy,
 * this is the check), saveProductSpec checks rights and publishing rules, and a stale
 * expectedVersion comes back with both sides of the conflict so the user decides.
 */
export async function saveFromForm(db: PrismaClient, caller: Caller, input: unknown, options: FormSaveOptions): Promise<SaveFormResult> {
  const parsed = dataProductSpecSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: zodIssuesToFieldErrors(parsed.error.issues), message: "Some fields need fixing before saving" };
  const spec = parsed.data;
  try {
    const saved = await saveProductSpec(db, spec, { actor: caller, mode: options.mode, expectedVersion: options.expectedVersion });
    return { ok: true, ref: saved.ref, version: saved.version, status: spec.metadata.status ?? "draft", score: saved.governance.score };
  } catch (error) {
    if (error instanceof VersionConflictError && options.expectedVersion !== undefined) {
      const { domain, name } = spec.metadata;
      const current = await getEditableProductOrThrow(db, domain, name);
      const last = await db.productVersion.findFirst({
        where: { version: current.version, product: { name, domain: { slug: domain } } },
        select: { author: { select: { name: true } } },
      });
      return {
        ok: false,
        message: error.message,
        conflict: { currentVersion: current.version, theirs: current.spec, changedBy: last?.author?.name ?? null },
      };
    }
    return failureOf(error);
  }
}
