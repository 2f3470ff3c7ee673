"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireCaller } from "@/lib/auth/caller";
import { prisma } from "@/lib/db/prisma";
import { searchOutputPorts, type OutputPortMatch } from "@/lib/catalog/product-form-port-search";
import { failureOf, type SaveFormResult } from "@/lib/catalog/product-form-result";
import { saveFromForm } from "@/lib/catalog/product-form-save";

export async function createProductAction(input: unknown): Promise<SaveFormResult> {
  try {
    const caller = await requireCaller();
    const result = await saveFromForm(prisma, caller, input, { mode: "create" });
    if (result.ok) revalidatePath(`/products/${result.ref}`);
    return result;
  } catch (error) {
    return failureOf(error);
  }
}

const searchInput = z.object({ query: z.string().max(100), exclude: z.string().max(130).optional() });

/** Output ports an input port may bind to, for the form's combobox. */
export async function searchOutputPortsAction(query: string, exclude?: string): Promise<OutputPortMatch[]> {
  const parsed = searchInput.safeParse({ query, exclude });
  if (!parsed.success) return [];
  const caller = await requireCaller();
  return searchOutputPorts(prisma, caller, parsed.data.query, parsed.data.exclude);
}
