"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { requireCaller } from "@/lib/auth/caller";

export interface CreateTokenState {
  /** The new token: shown once, never stored in clear. */
  token?: string;
  name?: string;
  error?: string;
}

const tokenForm = z.object({
  name: z.string().trim().min(1, "Name the token after where it is used, e.g. orders-ci").max(80, "Use at most 80 characters"),
  expiresInDays: z.enum(["", "30", "90", "365"]),
});

export async function createTokenAction(_previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const caller = await requireCaller();
  const parsed = tokenForm.safeParse({ name: formData.get("name") ?? "", expiresInDays: formData.get("expiresInDays") ?? "" });
  if (!parsed.success) return { error: parsed.error.issues[0].message, name: String(formData.get("name") ?? "") };
  const days = Number(parsed.data.expiresInDays);
  const created = await createApiToken(caller, parsed.data.name, days ? new Date(Date.now() + days * 86_400_000) : undefined);
  revalidatePath("/settings/tokens");
  return { token: created.token, name: created.name };
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  const caller = await requireCaller();
  await revokeApiToken(caller, Number(formData.get("id")));
  revalidatePath("/settings/tokens");
}
