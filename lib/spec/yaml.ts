import { stringify } from "yaml";
import type { z } from "zod";
import { zodIssuesToFieldErrors } from "@/lib/api/zod-errors";
import { dataProductSpecSchema, type DataProductSpec } from "./schema";
import { parseText, type Locator, type SpecProblem } from "./yaml-text";

/** Text ⇄ a validated spec: the schema's side of reading YAML and JSON (./yaml-text reads the text). */

export type ParsedSpec = { ok: true; spec: DataProductSpec; value: unknown } | { ok: false; problems: SpecProblem[]; value?: unknown };

/** Validates already-parsed data against `schema`, placing each problem with `locate`. */
export function validateValue<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locate?: Locator,
): { ok: true; data: z.infer<S> } | { ok: false; problems: SpecProblem[] } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: "", message: "The document must be a mapping with apiVersion, kind, metadata and spec", line: 1, column: 1 }] };
  }
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    // Unknown keys yield one error per key; each is placed on its own key, not on the parent.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return zodIssuesToFieldErrors([issue]).map((error, index) => ({ ...error, ...locate?.(paths[index] ?? issue.path) }));
  });
  return { ok: false, problems };
}

/** YAML or JSON text → a validated datamesh.io/v1 spec, or every problem with its line and column. */
export function parseSpecYaml(text: string): ParsedSpec {
  const parsed = parseText(text);
  if (!parsed.ok) return parsed;
  const validated = validateValue(dataProductSpecSchema, parsed.value, parsed.locate);
  return validated.ok ? { ok: true, spec: validated.data, value: parsed.value } : { ok: false, problems: validated.problems, value: parsed.value };
}

/**
 * A spec as clean YAML: block style, no line folding (long descriptions stay one line or a literal
 * block), keys in schema order, nothing that was left out.
 */
export function stringifySpec(spec: unknown): string {
  return stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false });
}
