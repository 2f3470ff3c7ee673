import { InvalidSpecError } from "@/lib/catalog/errors";
import { readSpecValue, type ReadSpecResult } from "@/lib/spec/document";
import { parseText, type SpecProblem } from "@/lib/spec/yaml-text";
import type { DataProductSpec } from "@/lib/spec/schema";
import { BadRequestError, PayloadTooLargeError } from "./errors";
import { MAX_BODY_BYTES, readLimited } from "./read-body";

/**
 * Reads a spec body — datamesh.io/v1 or ODPS, JSON or YAML by Content-Type, at most 1 MB — and
 * validates it with the shared schema. Syntax errors are 400s; an invalid spec is a report the
 * caller decides about (validate returns it, writes turn it into a 422).
 */
export async function readSpecBody(request: Request): Promise<ReadSpecResult> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new PayloadTooLargeError(`The body is ${declared} bytes; the limit is 1 MB`);
  const text = await readLimited(request);
  const isYaml = /yaml/i.test(request.headers.get("content-type") ?? "");
  if (!text.trim()) throw new BadRequestError("The body is empty; send a spec as JSON or YAML");
  let value: unknown;
  let locate: Parameters<typeof readSpecValue>[1];
  if (isYaml) {
    const parsed = parseText(text);
    if (!parsed.ok) throw new BadRequestError("The body is not valid YAML", parsed.problems.map(withPosition));
    value = parsed.value;
    locate = parsed.locate;
  } else {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new BadRequestError(`The body is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new BadRequestError("The body must be an object");
  return readSpecValue(value, locate);
}

/** For writes: the valid spec, or a 422 listing every invalid field. */
export async function readValidSpecBody(request: Request): Promise<DataProductSpec> {
  const result = await readSpecBody(request);
  if (!result.ok) throw new InvalidSpecError(`The spec is not valid: ${result.problems.length} problem(s)`, result.problems.map(withPosition));
  return result.spec;
}

function withPosition(problem: SpecProblem) {
  return { path: problem.path, message: problem.line ? `${problem.message} (line ${problem.line}, column ${problem.column})` : problem.message };
}
