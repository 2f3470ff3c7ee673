"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireCaller } from "@/lib/auth/caller";
import { prisma } from "@/lib/db/prisma";
import { deprecateProduct, reactivateProduct, retireProduct, type LifecycleTarget } from "@/lib/catalog/lifecycle";
import { failureOf, type LifecycleResult, type SaveFormResult } from "@/lib/catalog/product-form-result";
import { saveFromForm } from "@/lib/catalog/product-form-save";

const version = z.number().int().positive();

export async function updateProductAction(input: unknown, expectedVersion: number): Promise<SaveFormResult> {
  try {
    const caller = await requireCaller();
    const result = await saveFromForm(prisma, caller, input, { mode: "update", expectedVersion: version.parse(expectedVersion) });
    if (result.ok) revalidatePath(`/products/${result.ref}`);
    return result;
  } catch (error) {
    return failureOf(error);
  }
}

const target = z.object({ domain: z.string().max(63), name: z.string().max(63), expectedVersion: version.optional() });

async function lifecycle(input: LifecycleTarget, move: (target: LifecycleTarget) => Promise<{ version: number }>): Promise<LifecycleResult> {
  try {
    const parsed = target.parse(input);
    const saved = await move(parsed);
    revalidatePath(`/products/${parsed.domain}/${parsed.name}`);
    return { ok: true, version: saved.version };
  } catch (error) {
    return failureOf(error);
  }
}

export async function deprecateAction(input: LifecycleTarget, notice: unknown): Promise<LifecycleResult> {
  return lifecycle(input, async (parsed) => deprecateProduct(prisma, await requireCaller(), parsed, notice));
}

export async function retireAction(input: LifecycleTarget): Promise<LifecycleResult> {
  return lifecycle(input, async (parsed) => retireProduct(prisma, await requireCaller(), parsed));
}

export async function reactivateAction(input: LifecycleTarget): Promise<LifecycleResult> {
  return lifecycle(input, async (parsed) => reactivateProduct(prisma, await requireCaller(), parsed));
}
