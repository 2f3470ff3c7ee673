/**
 * Who may do what. Pure functions over a Caller, so every mutation in lib/ asks the same
 * questions and tests can ask them without a database.
 */
export type GlobalRole = "ADMIN" | "GOVERNANCE_LEAD" | "MEMBER" | "VIEWER";
export type TeamRole = "OWNER" | "MAINTAINER" | "MEMBER";

export interface Caller {
  userId: number;
  email: string;
  name: string;
  role: GlobalRole;
  teams: { teamId: number; slug: string; role: TeamRole }[];
}

export interface ProductOwnership {
  owningTeamId: number;
  domainOwningTeamId: number;
}

const isAdmin = (caller: Caller) => caller.role === "ADMIN";
const inTeam = (caller: Caller, teamId: number, roles: TeamRole[] = ["OWNER", "MAINTAINER", "MEMBER"]) =>
  caller.teams.some((team) => team.teamId === teamId && roles.includes(team.role));

/** Members of the owning team, or of the team that owns the domain, maintain a product. */
export function canEditProduct(caller: Caller, product: ProductOwnership): boolean {
  if (isAdmin(caller)) return true;
  if (caller.role === "VIEWER") return false;
  return inTeam(caller, product.owningTeamId) || inTeam(caller, product.domainOwningTeamId);
}

/** Retiring or deleting a product is for the owning team's owners and maintainers. */
export function canRetireProduct(caller: Caller, product: ProductOwnership): boolean {
  if (isAdmin(caller)) return true;
  if (caller.role === "VIEWER") return false;
  return inTeam(caller, product.owningTeamId, ["OWNER", "MAINTAINER"]) || inTeam(caller, product.domainOwningTeamId, ["OWNER", "MAINTAINER"]);
}

/**
 * A new product goes into a domain the caller's team owns, owned by a team the caller belongs to.
 */
export function canPublishInto(caller: Caller, target: { domainOwningTeamId: number; owningTeamId: number }): boolean {
  if (isAdmin(caller)) return true;
  if (caller.role === "VIEWER") return false;
  return inTeam(caller, target.owningTeamId) && (inTeam(caller, target.domainOwningTeamId) || target.owningTeamId === target.domainOwningTeamId);
}

/** Governance leads set policy everywhere; a domain's owners and maintainers for their own domain. */
export function canManageDomainPolicies(caller: Caller, domain: { owningTeamId: number }): boolean {
  if (isAdmin(caller) || caller.role === "GOVERNANCE_LEAD") return true;
  if (caller.role === "VIEWER") return false;
  return inTeam(caller, domain.owningTeamId, ["OWNER", "MAINTAINER"]);
}

export function canReadRestricted(caller: Caller | null, product: ProductOwnership): boolean {
  if (!caller) return false;
  if (isAdmin(caller) || caller.role === "GOVERNANCE_LEAD") return true;
  return inTeam(caller, product.owningTeamId) || inTeam(caller, product.domainOwningTeamId);
}
