import { CORE_SCHEMA, load as quickLoad } from "js-yaml";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";

/**
 * YAML (and JSON, which YAML reads too) text to plain data, with the line and column of every
 * problem. Apart from the spec schema, so that what only reads text (the file-reading threads of
 * `meshwork apply`) does not load zod and the schema: that was half of a thread's start.
 */

export interface SpecProblem {
  /** Dotted path into the document, e.g. `spec.schema.fields[2].type`; empty for syntax errors. */
  path: string;
  message: string;
  /** 1-based; absent when the problem is about the whole document. */
  line?: number;
  column?: number;
}

export type ParsedText = { ok: true; value: unknown; locate: Locator } | { ok: false; problems: SpecProblem[] };

/** Finds where a path of the parsed document was written; a missing key points at its nearest parent. */
export type Locator = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

/** Bounds alias expansion so a "billion laughs" document cannot exhaust memory. */
const PARSE_OPTIONS = { maxAliasCount: 50, uniqueKeys: true, prettyErrors: true } as const;

/** Parses YAML or JSON text into plain data, or the syntax errors with their positions. */
export function parseText(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        path: "",
        message: error.message.split("\n")[0],
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: PARSE_OPTIONS.maxAliasCount });
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: (error as Error).message }] };
  }
  return { ok: true, value, locate: (path) => locateNode(doc, lineCounter, path) };
}

/**
 * Plain data from YAML or JSON text, as cheaply as it can be had: JSON by JSON.parse, YAML by
 * js-yaml (several times faster than `yaml`, which builds a node tree with positions). Positions
 * are only worth their cost once there is a problem to point at, so a caller that finds one reads
 * the text again with parseText.
 */
export function parseData(text: string): { ok: true; value: unknown } | { ok: false; problems: SpecProblem[] } {
  if (/^\s*[{[]/.test(text)) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      // Not JSON after all (YAML flow style), or broken: YAML reads it, or says where it breaks.
    }
  }
  const quick = quickData(text);
  if (quick) return { ok: true, value: quick.value };
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length) return parseText(text);
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: PARSE_OPTIONS.maxAliasCount }) };
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: (error as Error).message }] };
  }
}

/**
 * js-yaml's reading of the text with the YAML 1.2 core schema, the one `yaml` applies (no
 * timestamps, no yes/no booleans, `<<` an ordinary key), or undefined to leave the text to `yaml`:
 * anything js-yaml refuses (syntax errors, duplicate keys, several documents, unknown tags) is
 * reported by `yaml` with its position and wording, and a document with aliases of mappings or
 * sequences is left to `yaml`'s bound on alias expansion, since js-yaml shares the aliased node
 * and serialising the value would expand it without limit.
 */
function quickData(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = quickLoad(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  // An empty document is null to `yaml`, undefined to js-yaml.
  return sharesNodes(value) ? undefined : { value: value ?? null };
}

function sharesNodes(value: unknown): boolean {
  const seen = new Set<object>();
  const stack = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (typeof child === "object" && child !== null) stack.push(child);
  }
  return false;
}

function locateNode(doc: Document.Parsed, lineCounter: LineCounter, path: readonly PropertyKey[]) {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      // Point at the key: for an unknown or wrong field that is what the owner has to change.
      offset = rangeStart(pair.key) ?? offset;
      next = pair.value;
      if (next === null || next === undefined) break;
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
      if (next === undefined) break;
    } else {
      break;
    }
    node = next;
    if (typeof key === "number") offset = rangeStart(node) ?? offset;
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}
