import "server-only";
import { canEditProduct, canRetireProduct, type Caller } from "@/lib/auth/permissions";
import { zodIssuesToFieldErrors } from "@/lib/api/zod-errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deprecationSchema, type DataProductSpec } from "@/lib/spec/schema";
import type { LifecycleStatus } from "@/lib/spec/enums";
import { ConflictError, ForbiddenError, InvalidSpecError } from "./errors";
import { getEditableProductOrThrow } from "./product-form-load";
import { saveProductSpec, type SaveProductResult } from "./save-product";

/**
 * Lifecycle moves of a published product. Each one is an ordinary save of the product's spec with
 * a new status (so governance, search and history stay in step) recorded with its own change kind.
 */

export interface LifecycleTarget {
  domain: string;
  name: string;
  /** The version the caller looked at; a newer stored version is a conflict, as in the form. */
  expectedVersion?: number;
}

const FROM: Record<"deprecate" | "retire" | "reactivate", LifecycleStatus[]> = {
  deprecate: ["active"],
  retire: ["active", "deprecated"],
  reactivate: ["deprecated", "retired"],
};

async function load(db: PrismaClient, caller: Caller, target: LifecycleTarget, move: keyof typeof FROM) {
  const product = await getEditableProductOrThrow(db, target.domain, target.name);
  const allowed = move === "retire" ? canRetireProduct(caller, product.ownership) : canEditProduct(caller, product.ownership);
  if (!allowed) {
    const who = move === "retire" ? "owners and maintainers of the team that owns" : "members of the team that owns";
    throw new ForbiddenError(`Only ${who} ${product.ref} can ${move} it`);
  }
  const status = product.spec.metadata.status ?? "draft";
  if (!FROM[move].includes(status)) throw new ConflictError(`${product.ref} is ${status}; only a product that is ${FROM[move].join(" or ")} can be ${move === "reactivate" ? "reactivated" : `${move}d`}`);
  return { ...product, expectedVersion: target.expectedVersion ?? product.version };
}

export async function deprecateProduct(db: PrismaClient, caller: Caller, target: LifecycleTarget, input: unknown): Promise<SaveProductResult> {
  const parsed = deprecationSchema.safeParse(input);
  if (!parsed.success) {
    const details = zodIssuesToFieldErrors(parsed.error.issues).map((issue) => ({ ...issue, path: issue.path ? `metadata.deprecation.${issue.path}` : "metadata.deprecation" }));
    throw new InvalidSpecError("The deprecation notice is incomplete", details);
  }
  const product = await load(db, caller, target, "deprecate");
  const spec: DataProductSpec = { ...product.spec, metadata: { ...product.spec.metadata, status: "deprecated", deprecation: parsed.data } };
  return saveProductSpec(db, spec, {
    actor: caller,
    mode: "update",
    expectedVersion: product.expectedVersion,
    changeKind: "DEPRECATED",
    summary: `Deprecated, sunset ${parsed.data.sunsetDate}${parsed.data.replacement ? `, replaced by ${parsed.data.replacement}` : ""}`,
  });
}

export async function retireProduct(db: PrismaClient, caller: Caller, target: LifecycleTarget): Promise<SaveProductResult> {
  const product = await load(db, caller, target, "retire");
  const spec: DataProductSpec = { ...product.spec, metadata: { ...product.spec.metadata, status: "retired" } };
  return saveProductSpec(db, spec, { actor: caller, mode: "update", expectedVersion: product.expectedVersion, changeKind: "RETIRED", summary: "Retired" });
}

/** Back to active; the deprecation notice goes, and publishing rules apply as for any activation. */
export async function reactivateProduct(db: PrismaClient, caller: Caller, target: LifecycleTarget): Promise<SaveProductResult> {
  const product = await load(db, caller, target, "reactivate");
  const metadata = { ...product.spec.metadata, status: "active" as const };
  delete metadata.deprecation;
  return saveProductSpec(db, { ...product.spec, metadata }, {
    actor: caller,
    mode: "update",
    expectedVersion: product.expectedVersion,
    changeKind: "REACTIVATED",
    summary: "Reactivated",
  });
}
