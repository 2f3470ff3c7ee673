import { readSpecText } from "@/lib/spec/document";
import type { DataProductSpec } from "@/lib/spec/schema";
import { expandFiles, readSpecFile } from "./files";
import type { Output } from "./output";

export interface ApplyOptions {
  url: string;
  token: string;
  concurrency: number;
  fetch?: typeof fetch;
}

export type ApplyOutcome = "created" | "updated" | "unchanged" | "failed";

interface ApiError {
  error?: { code?: string; message?: string; details?: { path: string; message: string }[] };
}

/**
 * `meshwork apply <file…>`: create or update each product through REST API v1. Idempotent: a file
 * equal to the stored spec is reported unchanged and not written; updates send the version read as
 * If-Match, so a concurrent edit is a reported conflict, never an overwrite.
 */
export async function applyCommand(paths: string[], options: ApplyOptions, out: Output): Promise<number> {
  const files = await expandFiles(paths);
  if (!files.length) return out.usage("apply needs at least one spec file");
  const counts: Record<ApplyOutcome, number> = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const { outcome, message } = await applyFile(file, options).catch((error: Error) => ({ outcome: "failed" as const, message: error.message }));
      counts[outcome]++;
      out.line(`${outcome.padEnd(9)} ${file}: ${message}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, files.length)) }, worker));
  out.line(`${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`);
  return counts.failed ? 1 : 0;
}

async function applyFile(file: string, options: ApplyOptions): Promise<{ outcome: ApplyOutcome; message: string }> {
  const text = await readSpecFile(file);
  if (typeof text !== "string") return { outcome: "failed", message: text.error };
  const parsed = readSpecText(text);
  if (!parsed.ok) {
    return { outcome: "failed", message: `invalid spec: ${parsed.problems.map((p) => `${p.path || "(document)"}${p.line ? ` (line ${p.line})` : ""}: ${p.message}`).join("; ")}` };
  }
  const spec = parsed.spec;
  const ref = `${spec.metadata.domain}/${spec.metadata.name}`;
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    (options.fetch ?? fetch)(new URL(path, options.url), {
      method,
      headers: { Authorization: `Bearer ${options.token}`, Accept: "application/json", ...(body ? { "Content-Type": "application/json" } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
  const address = `/api/v1/data-products/${encodeURIComponent(spec.metadata.domain)}/${encodeURIComponent(spec.metadata.name)}`;

  const current = await call("GET", address);
  if (current.status === 404) {
    const created = await call("POST", "/api/v1/data-products", spec);
    if (created.status !== 201) return { outcome: "failed", message: await describeError(created, ref) };
    const body = (await created.json()) as { version: number; governance: { score: number } };
    return { outcome: "created", message: `${ref} v${body.version}, score ${body.governance.score}` };
  }
  if (!current.ok) return { outcome: "failed", message: await describeError(current, ref) };
  const stored = (await current.json()) as { version: number; spec: DataProductSpec };
  if (sameSpec(spec, stored.spec)) return { outcome: "unchanged", message: `${ref} v${stored.version}` };
  const updated = await call("PUT", address, spec, { "If-Match": `"${stored.version}"` });
  if (!updated.ok) return { outcome: "failed", message: await describeError(updated, ref) };
  const body = (await updated.json()) as { version: number; governance: { score: number } };
  return { outcome: "updated", message: `${ref} v${body.version}, score ${body.governance.score}` };
}

/**
 * Equal as far as the file speaks: the server fills in a title (the name) and keeps the current
 * status when the file leaves them out, which is not a change.
 */
export function sameSpec(file: DataProductSpec, stored: DataProductSpec): boolean {
  const filled = { ...file, metadata: { ...file.metadata, title: file.metadata.title ?? file.metadata.name, status: file.metadata.status ?? stored.metadata.status } };
  return canonical(filled) === canonical(stored);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === "object" && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );
}

async function describeError(response: Response, ref: string): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as ApiError;
  const details = body.error?.details?.map((detail) => `${detail.path}: ${detail.message}`).join("; ");
  return `${ref}: HTTP ${response.status} ${body.error?.message ?? response.statusText}${details ? ` — ${details}` : ""}`;
}
