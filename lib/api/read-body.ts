import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { InvalidSpecError } from "@/lib/catalog/errors";
import { BadRequestError, PayloadTooLargeError } from "./errors";
import { zodIssuesToFieldErrors } from "./zod-errors";

export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a JSON or YAML body (by Content-Type), at most `limit` bytes (1 MB), and validates it with `schema`. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S, limit = MAX_BODY_BYTES): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw new PayloadTooLargeError(`The body is ${declared} bytes; the limit is ${megabytes(limit)}`);
  const text = await readLimited(request, limit);
  const contentType = request.headers.get("content-type") ?? "application/json";
  let value: unknown;
  try {
    value = /yaml/i.test(contentType) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new BadRequestError(`The body is not valid ${/yaml/i.test(contentType) ? "YAML" : "JSON"}: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new BadRequestError("The body must be an object");
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidSpecError("The body is not valid", zodIssuesToFieldErrors(parsed.error.issues));
  return parsed.data;
}

/** Streams the body and stops at the limit, so a lying or missing Content-Length cannot exhaust memory. */
export async function readLimited(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new PayloadTooLargeError(`The body is larger than the ${megabytes(limit)} limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
