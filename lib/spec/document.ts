import { isOdpsDocument, odpsDocumentSchema, odpsToSpec } from "./odps";
import { dataProductSpecSchema, type DataProductSpec } from "./schema";
import { validateValue } from "./yaml";
import { parseData, parseText, type SpecProblem } from "./yaml-text";

/**
 * Any spec text a team may hand us — datamesh.io/v1 or ODPS, YAML or JSON — to one validated spec.
 * The import page, POST /api/v1/validate and the CLI all read documents through here.
 */

export type SpecFormat = "datamesh" | "odps";

export type ReadSpecResult =
  | { ok: true; format: SpecFormat; spec: DataProductSpec; ignored: string[] }
  | { ok: false; format?: SpecFormat; problems: SpecProblem[]; ignored: string[]; draft?: unknown };

export function readSpecText(text: string): ReadSpecResult {
  // Most YAML documents are valid: read them the fast way, and track positions only to place
  // problems. JSON keeps the positional reader, which refuses the duplicate keys JSON.parse allows.
  if (!/^\s*[{[]/.test(text)) {
    const data = parseData(text);
    const result = data.ok ? readSpecValue(data.value) : undefined;
    if (result?.ok) return result;
  }
  const parsed = parseText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, ignored: [] };
  return readSpecValue(parsed.value, parsed.locate);
}

/** Already-parsed data (a JSON body); `locate` places problems in the source text when there is one. */
export function readSpecValue(value: unknown, locate?: Parameters<typeof validateValue>[2]): ReadSpecResult {
  if (!isOdpsDocument(value)) {
    const result = validateValue(dataProductSpecSchema, value, locate);
    return result.ok ? { ok: true, format: "datamesh", spec: result.data, ignored: [] } : { ok: false, format: "datamesh", problems: result.problems, ignored: [], draft: value };
  }
  const odps = validateValue(odpsDocumentSchema, value, locate);
  if (!odps.ok) return { ok: false, format: "odps", problems: odps.problems, ignored: [] };
  const { spec, ignored } = odpsToSpec(odps.data);
  // Problems now point into the converted spec, whose paths the ODPS text does not have: no line numbers.
  const result = validateValue(dataProductSpecSchema, spec);
  return result.ok ? { ok: true, format: "odps", spec: result.data, ignored } : { ok: false, format: "odps", problems: result.problems, ignored, draft: spec };
}
