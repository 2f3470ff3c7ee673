import type { Violation } from "./types";

export const ERROR_PENALTY = 10;
export const WARNING_PENALTY = 2;

export function countBySeverity(violations: readonly Pick<Violation, "severity">[]): { errors: number; warnings: number } {
  const errors = violations.filter((violation) => violation.severity === "error").length;
  return { errors, warnings: violations.length - errors };
}

/** max(0, 100 − 10 × errors − 2 × warnings), as published in the product brief. */
export function score(violations: readonly Pick<Violation, "severity">[]): number {
  const { errors, warnings } = countBySeverity(violations);
  return Math.max(0, 100 - ERROR_PENALTY * errors - WARNING_PENALTY * warnings);
}
