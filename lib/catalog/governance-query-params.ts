import { SLO_FILTERS, type GovernanceProductQuery, type SloFilter } from "./governance-products";

/** Reads the list filters from URL params; unknown values are ignored rather than answered with an error page. */
export function governanceQueryFromParams(params: Record<string, string | undefined>): GovernanceProductQuery {
  const band = Number(params.band);
  const flag = (value?: string) => (value === "true" ? true : value === "false" ? false : undefined);
  return {
    domain: params.domain || undefined,
    team: params.team || undefined,
    policy: params.policy || undefined,
    slo: SLO_FILTERS.includes(params.slo as SloFilter) ? (params.slo as SloFilter) : undefined,
    band: params.band !== undefined && Number.isInteger(band) && band >= 0 && band <= 9 ? band : undefined,
    documented: flag(params.documented),
    crossDomain: flag(params.crossDomain) || undefined,
    withErrors: flag(params.withErrors) || undefined,
    page: Number(params.page) > 0 ? Math.floor(Number(params.page)) : 1,
  };
}

/** What the list shows, in words, for its heading. */
export function describeGovernanceQuery(query: GovernanceProductQuery): string {
  const parts = [
    query.band !== undefined && `score ${query.band * 10}–${query.band === 9 ? 100 : query.band * 10 + 9}`,
    query.slo && { met: "SLOs met", "at-risk": "SLO at risk", breached: "SLO breached", none: "no SLO measurements" }[query.slo],
    query.documented === false && "not fully documented",
    query.documented === true && "fully documented",
    query.crossDomain && "reading from another domain",
    query.withErrors && "with errors",
    query.policy && `violating ${query.policy}`,
  ].filter(Boolean);
  return parts.length ? `Products ${parts.join(", ")}` : "All products";
}
