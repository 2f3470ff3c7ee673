import { describe, expect, it } from "vitest";
import { canEditProduct, canManageDomainPolicies, canPublishInto, canReadRestricted, canRetireProduct, type Caller } from "./permissions";

const caller = (role: Caller["role"], teams: Caller["teams"] = []): Caller => ({ userId: 1, email: "a@b.c", name: "A", role, teams });
const customerTeam = { teamId: 10, slug: "customer", role: "MEMBER" as const };
const product = { owningTeamId: 10, domainOwningTeamId: 10 };
const otherProduct = { owningTeamId: 20, domainOwningTeamId: 20 };

describe("permissions", () => {
  it("lets a team member edit the team's products and nobody else's", () => {
    expect(canEditProduct(caller("MEMBER", [customerTeam]), product)).toBe(true);
    expect(canEditProduct(caller("MEMBER", [customerTeam]), otherProduct)).toBe(false);
  });

  it("never lets a viewer write, even one listed in a team", () => {
    expect(canEditProduct(caller("VIEWER", [customerTeam]), product)).toBe(false);
    expect(canPublishInto(caller("VIEWER", [customerTeam]), product)).toBe(false);
  });

  it("lets admins do anything", () => {
    expect(canEditProduct(caller("ADMIN"), otherProduct)).toBe(true);
    expect(canRetireProduct(caller("ADMIN"), otherProduct)).toBe(true);
  });

  it("keeps retiring for owners and maintainers", () => {
    expect(canRetireProduct(caller("MEMBER", [customerTeam]), product)).toBe(false);
    expect(canRetireProduct(caller("MEMBER", [{ ...customerTeam, role: "MAINTAINER" }]), product)).toBe(true);
  });

  it("refuses to publish into a domain the caller's team does not own", () => {
    expect(canPublishInto(caller("MEMBER", [customerTeam]), { owningTeamId: 10, domainOwningTeamId: 20 })).toBe(false);
    expect(canPublishInto(caller("MEMBER", [customerTeam]), { owningTeamId: 20, domainOwningTeamId: 10 })).toBe(false);
    expect(canPublishInto(caller("MEMBER", [customerTeam]), product)).toBe(true);
  });

  it("lets governance leads manage every domain's policies and owners only their own", () => {
    expect(canManageDomainPolicies(caller("GOVERNANCE_LEAD"), { owningTeamId: 99 })).toBe(true);
    expect(canManageDomainPolicies(caller("MEMBER", [{ ...customerTeam, role: "OWNER" }]), { owningTeamId: 10 })).toBe(true);
    expect(canManageDomainPolicies(caller("MEMBER", [customerTeam]), { owningTeamId: 10 })).toBe(false);
  });

  it("hides restricted products from anonymous callers and other teams", () => {
    expect(canReadRestricted(null, product)).toBe(false);
    expect(canReadRestricted(caller("MEMBER", [customerTeam]), otherProduct)).toBe(false);
    expect(canReadRestricted(caller("MEMBER", [customerTeam]), product)).toBe(true);
  });
});
