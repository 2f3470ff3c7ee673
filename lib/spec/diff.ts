import { CLASSIFICATIONS, type Classification } from "./enums";
import type { GovernedSpec } from "@/lib/governance/types";

/**
 * What changed between two versions of a spec, in words an owner reads: history pages, the edit
 * conflict screen and the version-bump proposal all use this one diff.
 */

export type ChangeKind = "added" | "removed" | "changed";

export interface SpecChange {
  /** e.g. `spec.schema.fields[email].type`: items of named lists are addressed by name, so a reorder is not a change. */
  path: string;
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
}

export type BreakingKind = "field-removed" | "field-retyped" | "output-port-removed" | "classification-stricter";

export interface BreakingChange {
  kind: BreakingKind;
  path: string;
  message: string;
}

export type VersionBump = "major" | "minor" | "patch" | "none";

export interface VersionSuggestion {
  bump: VersionBump;
  /** The smallest version the change calls for, from the previous version. */
  version: string;
  /** Whether the edited spec already declares at least that version. */
  satisfied: boolean;
  breaking: BreakingChange[];
}

/** Partial specs (form drafts) diff too: every part may be missing; a full `DataProductSpec` fits. */
type SpecLike = GovernedSpec;

/** Lists whose items have a unique `name`; matched by name instead of position. */
const NAMED_LISTS = new Set(["spec.inputPorts", "spec.outputPorts", "spec.schema.fields", "spec.access.roles", "spec.documentation"]);

export function diffSpecs(before: SpecLike | null | undefined, after: SpecLike | null | undefined): SpecChange[] {
  const changes: SpecChange[] = [];
  walk(before ?? {}, after ?? {}, "", changes);
  return changes;
}

function walk(before: unknown, after: unknown, path: string, out: SpecChange[]): void {
  if (isEmpty(before) && isEmpty(after)) return;
  if (isEmpty(before)) return void out.push({ path, kind: "added", after });
  if (isEmpty(after)) return void out.push({ path, kind: "removed", before });
  if (Array.isArray(before) && Array.isArray(after)) {
    if (NAMED_LISTS.has(path) || (path && before.concat(after).every(hasKey))) return walkNamed(before, after, path, out);
    if (before.every(isPrimitive) && after.every(isPrimitive)) {
      if (!sameJson(before, after)) out.push({ path, kind: "changed", before, after });
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index++) walk(before[index], after[index], `${path}[${index}]`, out);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (!sameJson(before, after)) out.push({ path, kind: "changed", before, after });
}

function walkNamed(before: unknown[], after: unknown[], path: string, out: SpecChange[]): void {
  const key = (item: unknown) => (isPlainObject(item) && typeof (item.name ?? item.title) === "string" ? String(item.name ?? item.title) : JSON.stringify(item));
  const previous = new Map(before.map((item) => [key(item), item]));
  const next = new Map(after.map((item) => [key(item), item]));
  for (const [name, item] of previous) if (!next.has(name)) out.push({ path: `${path}[${name}]`, kind: "removed", before: item });
  for (const [name, item] of next) {
    if (!previous.has(name)) out.push({ path: `${path}[${name}]`, kind: "added", after: item });
    else walk(previous.get(name), item, `${path}[${name}]`, out);
  }
}

/**
 * Changes that break consumers reading the previous version: a removed or retyped field, a removed
 * output port, or a stricter classification (readers may lose access).
 */
export function breakingChanges(before: SpecLike | null | undefined, after: SpecLike | null | undefined): BreakingChange[] {
  const breaking: BreakingChange[] = [];
  const fieldsBefore = before?.spec?.schema?.fields ?? [];
  const fieldsAfter = new Map((after?.spec?.schema?.fields ?? []).map((field) => [field?.name, field]));
  for (const field of fieldsBefore) {
    if (!field?.name) continue;
    const next = fieldsAfter.get(field.name);
    const path = `spec.schema.fields[${field.name}]`;
    if (!next) breaking.push({ kind: "field-removed", path, message: `Field "${field.name}" was removed; consumers reading it will fail` });
    else if (next.type && field.type && next.type !== field.type) {
      breaking.push({ kind: "field-retyped", path: `${path}.type`, message: `Field "${field.name}" changed type from ${field.type} to ${next.type}` });
    }
  }
  const portsAfter = new Set((after?.spec?.outputPorts ?? []).map((port) => port?.name));
  for (const port of before?.spec?.outputPorts ?? []) {
    if (port?.name && !portsAfter.has(port.name)) {
      breaking.push({ kind: "output-port-removed", path: `spec.outputPorts[${port.name}]`, message: `Output port "${port.name}" was removed; consumers bound to it lose their input` });
    }
  }
  const rank = (value: unknown) => CLASSIFICATIONS.indexOf(value as Classification);
  const was = before?.spec?.access?.classification;
  const now = after?.spec?.access?.classification;
  if (was && now && rank(now) > rank(was)) {
    breaking.push({ kind: "classification-stricter", path: "spec.access.classification", message: `Classification went from ${was} to ${now}; some readers may lose access` });
  }
  return breaking;
}

/**
 * Semantic-version advice: major when anything breaks, minor when something was added
 * (ports, fields, SLOs…), patch for other changes, none when the contract is unchanged.
 */
export function suggestedVersion(before: SpecLike | null | undefined, after: SpecLike | null | undefined): VersionSuggestion {
  const breaking = breakingChanges(before, after);
  const changes = diffSpecs(before, after).filter((change) => change.path !== "metadata.version");
  const bump: VersionBump = breaking.length ? "major" : changes.some((change) => change.kind === "added") ? "minor" : changes.length ? "patch" : "none";
  const previous = parseVersion(before?.metadata?.version) ?? [0, 0, 0];
  const required: [number, number, number] =
    bump === "major" ? [previous[0] + 1, 0, 0] : bump === "minor" ? [previous[0], previous[1] + 1, 0] : bump === "patch" ? [previous[0], previous[1], previous[2] + 1] : previous;
  const declared = parseVersion(after?.metadata?.version);
  return { bump, version: required.join("."), satisfied: declared !== null && compareVersions(declared, required) >= 0, breaking };
}

function parseVersion(version: unknown): [number, number, number] | null {
  const match = typeof version === "string" ? /^(\d+)\.(\d+)\.(\d+)/.exec(version) : null;
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== "object";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasKey(item: unknown): boolean {
  return isPlainObject(item) && typeof item.name === "string";
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
