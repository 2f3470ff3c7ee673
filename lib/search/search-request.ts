import { z } from "zod";
import { CLASSIFICATIONS, LIFECYCLE_STATUSES, PORT_TECHNOLOGY_NAMES } from "@/lib/spec/enums";

export const SORTS = ["relevance", "score", "recent", "consumers"] as const;
export type SearchSort = (typeof SORTS)[number];
export const SCORE_BANDS = ["high", "medium", "low"] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];
export const SCORE_BAND_LABEL: Record<ScoreBand, string> = { high: "90–100", medium: "70–89", low: "below 70" };

export const DEFAULT_LIMIT = 20;
const MAX_VALUES = 20;
const slug = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,79}$/u;

/** Values that are not a known enum member or a plausible slug are dropped, never an error. */
const list = <T extends string>(keep: (value: string) => value is T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => [...new Set((value === undefined ? [] : Array.isArray(value) ? value : [value]).map((item) => item.trim().toLowerCase()))].filter(keep).slice(0, MAX_VALUES));

const isSlug = (value: string): value is string => slug.test(value);
const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The search as it travels in the URL and the API query string: the one parser for both. */
export const searchRequestSchema = z.object({
  q: z.preprocess(first, z.string().optional().catch(undefined)).transform((value) => value ?? ""),
  domain: list(isSlug),
  team: list(isSlug),
  tag: list(isSlug),
  tech: list(isOneOf(PORT_TECHNOLOGY_NAMES)),
  status: list(isOneOf(LIFECYCLE_STATUSES)),
  classification: list(isOneOf(CLASSIFICATIONS)),
  score: list(isOneOf(SCORE_BANDS)),
  pii: z.preprocess(first, z.enum(["yes", "no"]).optional().catch(undefined)),
  sort: z.preprocess(first, z.enum(SORTS).catch("relevance").default("relevance")),
  cursor: z.preprocess(first, z.string().max(500).optional().catch(undefined)),
  limit: z.preprocess(first, z.coerce.number().int().min(1).max(100).catch(DEFAULT_LIMIT).default(DEFAULT_LIMIT)),
});

export type SearchRequest = z.output<typeof searchRequestSchema>;
export type FacetKey = "domain" | "team" | "tag" | "tech" | "status" | "classification" | "score" | "pii";

export function parseSearchRequest(input: Record<string, string | string[] | undefined> | URLSearchParams): SearchRequest {
  const record: Record<string, string | string[]> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  } else {
    for (const [key, value] of Object.entries(input)) if (value !== undefined) record[key] = value;
  }
  return searchRequestSchema.parse(record);
}

/** The URL of a search, omitting defaults so shared links stay short. */
export function searchHref(request: Partial<SearchRequest>, path = "/search"): string {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  for (const key of ["domain", "status", "classification", "team", "tag", "tech", "score"] as const) {
    for (const value of request[key] ?? []) params.append(key, value);
  }
  if (request.pii) params.set("pii", request.pii);
  if (request.sort && request.sort !== "relevance") params.set("sort", request.sort);
  if (request.cursor) params.set("cursor", request.cursor);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The same search with one facet value switched on or off, back on the first page. */
export function toggleFacet(request: SearchRequest, key: FacetKey, value: string): string {
  const { cursor: _cursor, ...rest } = request;
  void _cursor;
  if (key === "pii") return searchHref({ ...rest, pii: request.pii === value ? undefined : (value as "yes" | "no") });
  const current: string[] = request[key];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return searchHref({ ...rest, [key]: next });
}

/** How many facet values the request narrows by. */
export function filterCount(request: SearchRequest): number {
  return (request.pii ? 1 : 0) + (["domain", "status", "classification", "team", "tag", "tech", "score"] as const).reduce((sum, key) => sum + request[key].length, 0);
}

export function hasFilters(request: SearchRequest): boolean {
  return filterCount(request) > 0;
}
