import "server-only";
import { canPublishInto, type Caller } from "@/lib/auth/permissions";
import type { DomainRule } from "@/lib/governance/domain-rule-schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface PublishTarget {
  slug: string;
  name: string;
  /** Teams the caller may name as owner of a product in this domain. */
  teams: { slug: string; name: string }[];
  /** The domain's enabled rules, so the form's live governance preview judges like the server. */
  rules: DomainRule[];
}

/**
 * The domains and owning teams the caller may publish into (same rule as saveProductSpec:
 * canPublishInto), each with its domain rules. `keep` adds the product's current domain and team
 * when editing, so a product is never shown without its own owner.
 */
export async function listPublishTargets(db: PrismaClient, caller: Caller, keep?: { domain: string; team: string }): Promise<PublishTarget[]> {
  const [domains, teams] = await Promise.all([
    db.domain.findMany({
      orderBy: { name: "asc" },
      select: { slug: true, name: true, owningTeamId: true, policies: { where: { enabled: true }, orderBy: { code: "asc" } } },
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
  ]);
  return domains.flatMap((domain) => {
    const allowed = teams.filter(
      (team) => canPublishInto(caller, { domainOwningTeamId: domain.owningTeamId, owningTeamId: team.id }) || (keep?.domain === domain.slug && keep.team === team.slug),
    );
    if (!allowed.length) return [];
    const rules = domain.policies.map(
      (row) =>
        ({
          id: row.code,
          ruleType: row.ruleType,
          params: row.params,
          severity: row.severity === "ERROR" ? "error" : "warning",
          description: row.description ?? undefined,
        }) as DomainRule,
    );
    return [{ slug: domain.slug, name: domain.name, teams: allowed.map(({ slug, name }) => ({ slug, name })), rules }];
  });
}
