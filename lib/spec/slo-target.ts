/**
 * Parses an SLO target such as `99.9%`, `1 hour`, `30 minutes` or `2 days`.
 * Durations are normalised to minutes so freshness targets compare across products
 * whatever unit each team wrote. Accepts the same spellings as `sloTargetSchema`.
 */
export type SloTargetUnit = "percent" | "minutes";

export interface SloTarget {
  value: number;
  unit: SloTargetUnit;
}

const TARGET_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(%|minutes?|mins?|hours?|h|days?|d|seconds?|s)\s*$/i;

const MINUTES_PER_UNIT: Record<string, number> = {
  s: 1 / 60,
  second: 1 / 60,
  seconds: 1 / 60,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
};

/** Returns null instead of throwing: drafts typed in a live form are often half-written. */
export function parseSloTarget(input: unknown): SloTarget | null {
  if (typeof input !== "string") return null;
  const match = TARGET_PATTERN.exec(input);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (unit === "%") return { value, unit: "percent" };
  const factor = MINUTES_PER_UNIT[unit];
  return factor === undefined ? null : { value: value * factor, unit: "minutes" };
}

/** `90` → "1.5 hours"; used in messages so a violation reads like the target the team wrote. */
export function formatMinutes(minutes: number): string {
  if (minutes >= 1440 && minutes % 1440 === 0) return plural(minutes / 1440, "day");
  if (minutes >= 60) return plural(Number(round(minutes / 60)), "hour");
  if (minutes < 1) return plural(Number(round(minutes * 60)), "second");
  return plural(Number(round(minutes)), "minute");
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : Number(value.toFixed(2)).toString();
}

function plural(value: number, unit: string): string {
  return `${value} ${unit}${value === 1 ? "" : "s"}`;
}
