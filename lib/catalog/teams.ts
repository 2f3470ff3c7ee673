import "server-only";
import { prisma } from "@/lib/db/prisma";
import { NotFoundError } from "./errors";

export async function listTeams() {
  const teams = await prisma.team.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, description: true, chatChannel: true, _count: { select: { members: true, products: true } } },
  });
  return teams.map((team) => ({ ...team, members: team._count.members, products: team._count.products }));
}

export async function getTeamOrThrow(slug: string) {
  const team = await prisma.team.findUnique({
    where: { slug },
    include: {
      members: { orderBy: [{ role: "asc" }], select: { role: true, user: { select: { name: true, email: true, title: true, chatHandle: true } } } },
      domains: { select: { slug: true, name: true } },
      products: {
        orderBy: [{ errorCount: "desc" }, { sloState: "desc" }, { governanceScore: "asc" }],
        select: { name: true, title: true, status: true, governanceScore: true, errorCount: true, warningCount: true, sloState: true, domain: { select: { slug: true } } },
      },
    },
  });
  if (!team) throw new NotFoundError(`No team "${slug}"`);
  return team;
}
