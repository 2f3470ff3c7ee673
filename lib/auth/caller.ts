import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
import { UnauthenticatedError } from "@/lib/catalog/errors";
import { auth } from "./auth";
import { loadCallerFrom } from "./load-caller";
import type { Caller } from "./permissions";

export async function loadCaller(userId: number): Promise<Caller | null> {
  return loadCallerFrom(prisma, { id: userId });
}

/**
 * The signed-in user with fresh roles and team memberships (read per request, so a removed
 * membership takes effect at once, not when the session expires). Null when signed out.
 */
export const getCaller = cache(async (): Promise<Caller | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? loadCaller(id) : null;
});

export async function requireCaller(): Promise<Caller> {
  const caller = await getCaller();
  if (!caller) throw new UnauthenticatedError("Sign in to continue");
  return caller;
}
