/**
 * "Reload and reapply" after an edit conflict: start from what the other person saved and lay the
 * caller's own changes (since the version they opened) over it, one section at a time
 * (metadata keys, owner contacts, and each part of the spec body).
 * Sections both people changed take the caller's value and are reported, so the caller reviews
 * them before saving again; nothing is merged silently inside a section.
 */

type Json = Record<string, unknown>;

export interface ReapplyResult {
  spec: Json;
  /** Dotted paths of sections both people changed; the caller's version was kept. */
  overlapping: string[];
  /** Dotted paths of sections only the caller changed. */
  reapplied: string[];
}

const SECTION_PARENTS = ["metadata.owner", "metadata", "spec"] as const;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function at(doc: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), doc);
}

function sectionsOf(...docs: unknown[]): string[] {
  const paths = new Set<string>();
  for (const parent of SECTION_PARENTS) {
    for (const doc of docs) {
      const node = at(doc, parent);
      if (!isObject(node)) continue;
      for (const key of Object.keys(node)) {
        const path = `${parent}.${key}`;
        if (path !== "metadata.owner") paths.add(path);
      }
    }
  }
  return [...paths].sort();
}

function setAt(doc: Json, path: string, value: unknown) {
  const keys = path.split(".");
  let node = doc;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Json;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

export function reapplyChanges(base: unknown, mine: unknown, theirs: unknown): ReapplyResult {
  const spec = structuredClone(isObject(theirs) ? theirs : {});
  const overlapping: string[] = [];
  const reapplied: string[] = [];
  for (const path of sectionsOf(base, mine, theirs)) {
    const original = at(base, path);
    const own = at(mine, path);
    if (same(original, own)) continue;
    if (!same(original, at(theirs, path)) && !same(own, at(theirs, path))) overlapping.push(path);
    else reapplied.push(path);
    setAt(spec, path, structuredClone(own));
  }
  return { spec, overlapping, reapplied };
}
