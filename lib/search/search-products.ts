import "server-only";
import { queryDirect } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Classification, LifecycleStatus } from "@/lib/spec/enums";
import { CURSOR_COLUMNS, decodeCursor, encodeCursor } from "./cursor";
import { highlight, type HighlightSegment } from "./highlight";
import { parseQueryText } from "./query-text";
import { hasFilters, type FacetKey, type SearchRequest } from "./search-request";
import { searchSql, WIDE_MATCH, type MatchMode } from "./search-sql";
import { plainSnippet } from "./snippet";
import type { SearchViewer } from "./viewer";

export interface SearchHit {
  ref: string;
  domain: string;
  domainName: string;
  name: string;
  title: string;
  description: string | null;
  status: LifecycleStatus;
  classification: Classification | null;
  tags: string[];
  team: string;
  teamName: string;
  semanticVersion: string;
  sloState: "NONE" | "MET" | "AT_RISK" | "BREACHED";
  governanceScore: number;
  consumerCount: number;
  updatedAt: string;
  highlights: { title: HighlightSegment[]; description: HighlightSegment[] };
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchResult {
  query: string;
  total: number;
  /**
   * More than `total` products match (a very common word): the results, total and facet counts
   * cover the first `total` of them, most used first (or in the chosen sort's order).
   */
  capped: boolean;
  items: SearchHit[];
  facets: Record<FacetKey, FacetValue[]>;
  nextCursor: string | null;
  /** true when nothing matched the words and these are names that look alike */
  fuzzy: boolean;
  /** a query that would find something, offered when the words matched nothing */
  didYouMean: string | null;
}

interface Row {
  total: number;
  items: RawItem[] | string;
  facets: { facet: FacetKey; value: string; label: string | null; count: number }[] | string;
}

interface RawItem extends Omit<SearchHit, "ref" | "highlights" | "governanceScore" | "consumerCount" | "description"> {
  id: number;
  rank: number;
  consumers: number;
  score: number;
  description: string | null;
}

const FACET_KEYS: FacetKey[] = ["domain", "status", "classification", "team", "tag", "tech", "score", "pii"];
const json = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

/**
 * Ranked full-text search with facets and keyset pagination. Never throws on what a person types:
 * the text is reduced to words before it becomes a tsquery, and every value is bound. When the
 * words match nothing, names that look alike (trigrams) are offered instead, for typos.
 */
export async function searchProducts(db: PrismaClient, request: SearchRequest, viewer: SearchViewer): Promise<SearchResult> {
  const text = parseQueryText(request.q);
  const empty = emptyResult(text.text);
  if (!text.tokens.length && (!hasFilters(request) || text.text)) return empty;
  const mode: MatchMode = text.tokens.length ? "text" : "browse";
  const after = decodeCursor(request.sort, request.cursor);
  const result = await run(db, request, text, mode, viewer, after);
  if (result.total > 0 || mode !== "text") return result;
  const fuzzy = await run(db, request, text, "fuzzy", viewer, after);
  const best = fuzzy.items[0];
  return { ...fuzzy, fuzzy: fuzzy.total > 0, didYouMean: best ? best.name.replace(/-/g, " ") : null };
}

async function run(
  db: PrismaClient,
  request: SearchRequest,
  text: ReturnType<typeof parseQueryText>,
  mode: MatchMode,
  viewer: SearchViewer,
  after: ReturnType<typeof decodeCursor>,
): Promise<SearchResult> {
  const [row] = await queryDirect<Row>(db, searchSql(request, text, mode, viewer, after));
  const items = json(row.items);
  const page = items.slice(0, request.limit);
  const last = page.at(-1);
  const facets = Object.fromEntries(FACET_KEYS.map((key) => [key, [] as FacetValue[]])) as Record<FacetKey, FacetValue[]>;
  for (const facet of json(row.facets)) facets[facet.facet].push({ value: facet.value, label: facet.label ?? facet.value, count: facet.count });
  for (const key of FACET_KEYS) facets[key].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const tokens = mode === "text" ? text.tokens : [];
  return {
    query: text.text,
    total: Math.min(row.total, WIDE_MATCH),
    capped: row.total > WIDE_MATCH,
    items: page.map((item) => ({ ...item, description: plainSnippet(item.description) })).map((item) => ({
      ref: `${item.domain}/${item.name}`,
      domain: item.domain,
      domainName: item.domainName,
      name: item.name,
      title: item.title,
      description: item.description,
      status: item.status,
      classification: item.classification,
      tags: item.tags,
      team: item.team,
      teamName: item.teamName,
      semanticVersion: item.semanticVersion,
      sloState: item.sloState,
      governanceScore: item.score,
      consumerCount: item.consumers,
      updatedAt: item.updatedAt,
      highlights: { title: highlight(item.title, tokens), description: highlight(item.description ?? "", tokens) },
    })),
    facets,
    nextCursor: items.length > request.limit && last ? encodeCursor(request.sort, CURSOR_COLUMNS[request.sort].map((column) => last[column])) : null,
    fuzzy: false,
    didYouMean: null,
  };
}

function emptyResult(query: string): SearchResult {
  return {
    query,
    total: 0,
    capped: false,
    items: [],
    facets: Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as Record<FacetKey, FacetValue[]>,
    nextCursor: null,
    fuzzy: false,
    didYouMean: null,
  };
}
