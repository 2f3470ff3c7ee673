import type { Caller } from "@/lib/auth/permissions";

/**
 * What a caller may see in search results: restricted products only for those who may read
 * them (lib/auth/permissions canReadRestricted, expressed as SQL-friendly values).
 */
export interface SearchViewer {
  readsAllRestricted: boolean;
  teamIds: number[];
}

export function searchViewer(caller: Caller | null): SearchViewer {
  if (!caller) return { readsAllRestricted: false, teamIds: [] };
  return { readsAllRestricted: caller.role === "ADMIN" || caller.role === "GOVERNANCE_LEAD", teamIds: caller.teams.map((team) => team.teamId) };
}
