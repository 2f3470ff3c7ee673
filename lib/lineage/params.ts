import { z } from "zod";
import { BadRequestError } from "@/lib/api/errors";
import { zodIssuesToFieldErrors } from "@/lib/api/zod-errors";

export const MAX_DEPTH = 10;
export const DEFAULT_NODE_CAP = 2000;

/** Depths above MAX_DEPTH are lowered rather than refused; the response says so. */
const depth = (fallback: number) => z.coerce.number().int().min(0).default(fallback).describe(`Hops to follow; above ${MAX_DEPTH} is clamped to ${MAX_DEPTH}`);

export const lineageQuerySchema = z.object({
  direction: z.enum(["upstream", "downstream", "both"]).default("both").describe("Which way to follow the edges"),
  depth: depth(2),
});

export const impactQuerySchema = z.object({
  depth: depth(3),
  field: z.string().min(1).optional().describe("A schema field of the product: only readers of that field (where they declare usesFields)"),
});

export function clampDepth(asked: number): { depth: number; depthClamped: boolean } {
  return asked > MAX_DEPTH ? { depth: MAX_DEPTH, depthClamped: true } : { depth: asked, depthClamped: false };
}

/** Query-string parameters as an object for a zod schema (the last value of a repeated key wins). */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(params.entries());
}

/** Parses a query string with one of the schemas above; a bad value is a 400 naming the parameter. */
export function parseQuery<T extends z.ZodType>(schema: T, url: string): z.output<T> {
  const parsed = schema.safeParse(searchParamsObject(new URL(url).searchParams));
  if (!parsed.success) throw new BadRequestError("The query parameters are not valid", zodIssuesToFieldErrors(parsed.error.issues));
  return parsed.data;
}
