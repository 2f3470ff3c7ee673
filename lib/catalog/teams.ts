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
  const live = team.products.filter((product) => product.status !== "RETIRED");
  const stats = {
    averageScore: live.length ? Math.round((live.reduce((sum, product) => sum + product.governanceScore, 0) / live.length) * 10) / 10 : null,
    openErrors: live.reduce((sum, product) => sum + product.errorCount, 0),
    openWarnings: live.reduce((sum, product) => sum + product.warningCount, 0),
    sloBreaches: live.filter((product) => product.sloState === "BREACHED").length,
  };
  return { ...team, stats };
}

/** Everyone with a team, and the teams each belongs to: the people directory. */
export async function listPeople() {
  return prisma.user.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      chatHandle: true,
      memberships: { orderBy: { team: { name: "asc" } }, select: { role: true, team: { select: { slug: true, name: true } } } },
    },
  });
}
