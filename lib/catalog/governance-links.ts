import type { GovernanceFilter } from "./governance-summary";

/** A URL under the governance pages that keeps the dashboard's domain/team filter. */
export function governanceHref(path: string, filter: GovernanceFilter, extra: Record<string, string | number | boolean | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ domain: filter.domain, team: filter.team, ...extra })) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  return query.size ? `${path}?${query}` : path;
}
