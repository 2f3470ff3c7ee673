import type { LifecycleStatus } from "../spec/enums";
import { LIFECYCLE_STATUSES } from "../spec/enums";
import type { GovernanceContext, GovernedSpec, UpstreamProductState } from "./types";

/**
 * Defensive readers over a draft. Types say "optional", but a draft from YAML or a form can hold
 * anything (null, a number where a string belongs, holes in arrays), so every read checks at runtime.
 */

/** A non-blank string, trimmed; anything else reads as absent. */
export function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Several policies read the same parts of a spec (its fields, PII columns, upstreams). evaluate()
 * runs them synchronously inside {@link withEvaluationScope}, so each part is computed once per
 * evaluation; outside one (a policy called on its own) nothing is kept. Recomputing them for each
 * policy was a fifth of a full recompute's time.
 */
let scope: { spec: GovernedSpec; context: GovernanceContext; values: Map<string, unknown> } | null = null;

export function withEvaluationScope<T>(spec: GovernedSpec, context: GovernanceContext, run: () => T): T {
  const outer = scope;
  scope = { spec, context, values: new Map() };
  try {
    return run();
  } finally {
    scope = outer;
  }
}

function memoised<T>(key: string, spec: GovernedSpec, context: GovernanceContext | undefined, compute: () => T): T {
  if (scope === null || scope.spec !== spec || (context !== undefined && scope.context !== context)) return compute();
  if (scope.values.has(key)) return scope.values.get(key) as T;
  const value = compute();
  scope.values.set(key, value);
  return value;
}

/** Object items of a possibly-missing array, each with its original index so paths stay accurate. */
export function objectsOf<T>(value: readonly (T | null | undefined)[] | null | undefined): { item: T; index: number }[] {
  if (!Array.isArray(value)) return [];
  const result: { item: T; index: number }[] = [];
  value.forEach((item: unknown, index: number) => {
    if (isRecord(item)) result.push({ item: item as T, index });
  });
  return result;
}

/** Non-blank string items of a possibly-missing array, with their original index. */
export function stringsOf(value: unknown): { item: string; index: number }[] {
  if (!Array.isArray(value)) return [];
  const result: { item: string; index: number }[] = [];
  value.forEach((item: unknown, index: number) => {
    const value = text(item);
    if (value !== undefined) result.push({ item: value, index });
  });
  return result;
}

export function fieldsOf(spec: GovernedSpec) {
  return memoised("fields", spec, undefined, () => objectsOf(spec.spec?.schema?.fields));
}

export function fieldNames(spec: GovernedSpec): Set<string> {
  return memoised("fieldNames", spec, undefined, () => new Set(fieldsOf(spec).flatMap(({ item }) => (text(item.name) ? [text(item.name) as string] : []))));
}

export function outputPortsOf(spec: GovernedSpec) {
  return objectsOf(spec.spec?.outputPorts);
}

export function qualityTestsOf(spec: GovernedSpec) {
  return objectsOf(spec.spec?.quality?.tests);
}

/** Columns a quality test covers, whether written as `column` or `columns`. */
export function testedColumns(test: { column?: unknown; columns?: unknown }): string[] {
  const single = text(test.column);
  return [...(single ? [single] : []), ...stringsOf(test.columns).map(({ item }) => item)];
}

/** Names of columns holding personal data: flagged `pii: true` in the schema or listed in `pii_columns`. */
export function piiColumnNames(spec: GovernedSpec): Set<string> {
  return memoised("piiColumns", spec, undefined, () => collectPiiColumnNames(spec));
}

function collectPiiColumnNames(spec: GovernedSpec): Set<string> {
  const flagged = fieldsOf(spec).filter(({ item }) => item.pii === true);
  const names = flagged.flatMap(({ item }) => (text(item.name) ? [text(item.name) as string] : []));
  return new Set([...names, ...stringsOf(spec.spec?.access?.privacy?.pii_columns).map(({ item }) => item)]);
}

/** The status to judge the product by: the one it is moving to, else the one it has, else draft. */
export function effectiveStatus(spec: GovernedSpec, context: GovernanceContext): LifecycleStatus {
  const declared = spec.metadata?.status;
  if (context.targetStatus) return context.targetStatus;
  return LIFECYCLE_STATUSES.find((status) => status === declared) ?? "draft";
}

export interface UpstreamReference {
  ref: string;
  path: string;
}

/** Every upstream product the spec names, through an input port or the lineage list. */
export function upstreamReferences(spec: GovernedSpec): UpstreamReference[] {
  const fromPorts = objectsOf(spec.spec?.inputPorts).flatMap(({ item, index }) => {
    const ref = text(item.product);
    return ref ? [{ ref, path: `spec.inputPorts[${index}].product` }] : [];
  });
  const fromLineage = stringsOf(spec.spec?.lineage?.upstreamProducts).map(({ item, index }) => ({
    ref: item,
    path: `spec.lineage.upstreamProducts[${index}]`,
  }));
  return [...fromPorts, ...fromLineage];
}

/**
 * A bare `name` means "in my own domain", so `orders` read by a product of domain `sales`
 * and `sales/orders` in the context are the same product.
 */
export function qualifyRef(ref: string, ownDomain: string | undefined): string {
  return ref.includes("/") || !ownDomain ? ref : `${ownDomain}/${ref}`;
}

export interface ResolvedUpstream extends UpstreamReference {
  state: UpstreamProductState;
}

/**
 * Upstream products the spec names, paired with their state from the context.
 * Each product is reported once (at its first mention) so a product read through a port and also
 * listed in lineage does not cost the score twice. Products missing from the context are skipped:
 * the catalog may not know them yet, and guessing their status would be worse than silence.
 */
export function resolvedUpstreams(spec: GovernedSpec, context: GovernanceContext): ResolvedUpstream[] {
  return memoised("upstreams", spec, context, () => resolveUpstreams(spec, context));
}

function resolveUpstreams(spec: GovernedSpec, context: GovernanceContext): ResolvedUpstream[] {
  if (!context.upstream?.length) return [];
  const domain = text(spec.metadata?.domain);
  const states = new Map<string, UpstreamProductState>();
  for (const state of context.upstream) {
    const ref = text(state?.ref);
    if (ref) states.set(qualifyRef(ref, domain), state);
  }
  const seen = new Set<string>();
  const result: ResolvedUpstream[] = [];
  for (const reference of upstreamReferences(spec)) {
    const key = qualifyRef(reference.ref, domain);
    const state = states.get(key);
    if (seen.has(key) || !state) continue;
    seen.add(key);
    result.push({ ref: reference.ref, path: reference.path, state });
  }
  return result;
}
