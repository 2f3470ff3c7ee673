import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Caller } from "./permissions";

/** A user with their role and team memberships, as every rights check reads them; null if unknown. */
export async function loadCallerFrom(db: PrismaClient, where: { id: number } | { email: string }): Promise<Caller | null> {
  const user = await db.user.findUnique({
    where,
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
