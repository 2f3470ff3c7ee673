import type { z } from "zod";
import type { FieldError } from "@/lib/catalog/errors";

/** `["spec", "outputPorts", 0, "type"]` → `spec.outputPorts[0].type`, the path style used everywhere. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

/** Every issue with its path; enum mismatches name the allowed values, unknown keys are named. */
export function zodIssuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: `Unknown field "${key}"; remove it or check its spelling` }));
    }
    if (issue.code === "invalid_value" && issue.values.length > 1) {
      return [{ path: formatPath(issue.path), message: `Use one of: ${issue.values.map(String).join(", ")}` }];
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}
