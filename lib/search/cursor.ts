import type { SearchSort } from "./search-request";

/** The sort key of the last row a page showed, so the next page starts right after it. */
export type CursorKey = (number | string)[];

/**
 * Keys per sort, all descending with the id last so every row has a distinct position; the SQL
 * compares the row tuple with the cursor, so no OFFSET is ever scanned.
 */
export const CURSOR_COLUMNS: Record<SearchSort, ("rank" | "consumers" | "score" | "updatedAt" | "id")[]> = {
  relevance: ["rank", "consumers", "score", "updatedAt", "id"],
  score: ["score", "consumers", "updatedAt", "id"],
  recent: ["updatedAt", "id"],
  consumers: ["consumers", "score", "updatedAt", "id"],
};

export function encodeCursor(sort: SearchSort, key: CursorKey): string {
  return Buffer.from(JSON.stringify([sort, ...key])).toString("base64url");
}

/** A cursor from another sort, or one that was tampered with, means "first page": cursors travel in URLs. */
export function decodeCursor(sort: SearchSort, cursor: string | undefined): CursorKey | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed[0] !== sort) return null;
    const key = parsed.slice(1);
    const columns = CURSOR_COLUMNS[sort];
    if (key.length !== columns.length) return null;
    const valid = columns.every((column, index) =>
      column === "updatedAt" ? typeof key[index] === "string" && !Number.isNaN(Date.parse(key[index])) : typeof key[index] === "number" && Number.isFinite(key[index]),
    );
    return valid ? (key as CursorKey) : null;
  } catch {
    return null;
  }
}
