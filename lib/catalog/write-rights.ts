import { canEditProduct, canPublishInto, type Caller } from "@/lib/auth/permissions";
import { ForbiddenError } from "./errors";

/** The system seeds and migrates; everyone else is a Caller whose rights are checked here. */
export type Actor = Caller | "system";

interface Placement {
  owningTeamId: number;
  domainOwningTeamId: number;
}

/**
 * May the actor write this product? `current` is where it is stored now (null for a new product),
 * `next` where the spec puts it; moving it to another team is publishing anew. Throws ForbiddenError.
 */
export function assertMayWrite(actor: Actor, current: Placement | null, next: Placement, ref: string) {
  if (actor === "system") return;
  if (current && !canEditProduct(actor, current)) throw new ForbiddenError(`You are not a member of the team that owns ${ref}`);
  if (!current || current.owningTeamId !== next.owningTeamId) {
    if (!canPublishInto(actor, next)) throw new ForbiddenError(`You cannot publish ${ref}: publish into a domain your team owns, with a team you belong to`, [{ path: "metadata.owner.team", message: "Pick a team you belong to, in a domain your team owns" }]);
  }
}
