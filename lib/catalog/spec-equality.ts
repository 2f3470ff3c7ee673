import type { DataProductSpec } from "@/lib/spec/schema";

/**
 * Is a submitted spec what is stored already (`stored` as recordToSpec exports it)? Equal as far as
 * the submission speaks: the writer fills in a title (the name) and keeps the current status when
 * the submission leaves them out, which is not a change. `meshwork apply` relies on this to report
 * "unchanged" and write nothing.
 */
export function sameSpec(submitted: DataProductSpec, stored: DataProductSpec): boolean {
  const filled = { ...submitted, metadata: { ...submitted.metadata, title: submitted.metadata.title ?? submitted.metadata.name, status: submitted.metadata.status ?? stored.metadata.status } };
  return canonical(filled) === canonical(stored);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === "object" && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );
}
