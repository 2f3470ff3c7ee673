import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
import { UnauthenticatedError } from "@/lib/catalog/errors";
import { auth } from "./auth";
import type { Caller } from "./permissions";

export async function loadCaller(userId: number): Promise<Caller | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, memberships: { select: { teamId: true, role: true, team: { select: { slug: true } } } } },
  });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teams: user.memberships.map((membership) => ({ teamId: membership.teamId, slug: membership.team.slug, role: membership.role })),
  };
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
