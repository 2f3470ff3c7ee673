import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fromDbSloKind } from "./enum-mapping";
import { NotFoundError } from "./errors";
import { storedViolations } from "./governance-results";

/** Why a product is on its team's "needs attention" list: failing error-level policies, or SLOs breached or at risk. */
export type AttentionReason =
  | { kind: "errors"; count: number; policies: { policyId: string; message: string }[] }
  | { kind: "slo"; state: "BREACHED" | "AT_RISK"; slos: { kind: string; state: "BREACHED" | "AT_RISK"; compliance: number | null }[] };

export interface AttentionItem {
  ref: string;
  title: string;
  consumers: number;
  reasons: AttentionReason[];
}

/** Error policies named per product; the product page lists them all. */
const ERRORS_SHOWN = 3;

export async function listTeams() {
  const teams = await prisma.team.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, description: true, chatChannel: true, _count: { select: { members: true, products: true } } },
  });
  return teams.map((team) => ({ ...team, members: team._count.members, products: team._count.products }));
}

export async function getTeamOrThrow(slug: string, db: PrismaClient = prisma) {
  const team = await db.team.findUnique({
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
  return { ...team, stats, attention: await needsAttention(db, team.id) };
}

/**
 * The team's live products that need its attention, each with its reasons: error-level policy
 * violations (they block publishing) and SLOs breached or at risk. Breaches and errors come before
 * risks, and within each the products with the most consumers, whom a problem hurts most.
 */
export async function needsAttention(db: PrismaClient, teamId: number): Promise<AttentionItem[]> {
  const rows = await db.dataProduct.findMany({
    where: { owningTeamId: teamId, status: { not: "RETIRED" }, OR: [{ errorCount: { gt: 0 } }, { sloState: { in: ["BREACHED", "AT_RISK"] } }] },
    orderBy: [{ consumerCount: "desc" }, { id: "asc" }],
    select: {
      name: true,
      title: true,
      errorCount: true,
      sloState: true,
      consumerCount: true,
      domain: { select: { slug: true } },
      governanceResults: { where: { severity: "ERROR" }, select: { policyId: true, severity: true, findings: true } },
      slos: { where: { state: { in: ["BREACHED", "AT_RISK"] } }, orderBy: { state: "desc" }, select: { kind: true, state: true, compliance: true } },
    },
  });
  const items = rows.map((row) => {
    const reasons: AttentionReason[] = [];
    if (row.errorCount > 0) reasons.push({ kind: "errors", count: row.errorCount, policies: storedViolations(row.governanceResults).slice(0, ERRORS_SHOWN).map(({ policyId, message }) => ({ policyId, message })) });
    if (row.sloState === "BREACHED" || row.sloState === "AT_RISK") {
      const slos = row.slos.map((slo) => ({ kind: fromDbSloKind(slo.kind), state: slo.state as "BREACHED" | "AT_RISK", compliance: slo.compliance }));
      reasons.push({ kind: "slo", state: row.sloState, slos });
    }
    return { ref: `${row.domain.slug}/${row.name}`, title: row.title, consumers: row.consumerCount, reasons, urgent: row.errorCount > 0 || row.sloState === "BREACHED" };
  });
  // A stable sort keeps the consumer order within each group.
  return items.sort((a, b) => Number(b.urgent) - Number(a.urgent)).map(({ urgent: _urgent, ...item }) => item);
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
