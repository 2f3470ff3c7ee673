import { z } from "zod";
import { MAX_DEPTH } from "./params";

const hops = (fallback: number) => z.coerce.number().int().min(0).catch(fallback);
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** /lineage?focus=domain/name&up=2&down=2; bad values fall back to the defaults rather than erroring. */
export function parseGraphPageParams(params: Record<string, string | string[] | undefined>) {
  const focus = one(params.focus)?.trim();
  const match = focus ? /^([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(focus) : null;
  const up = hops(2).parse(one(params.up) ?? 2);
  const down = hops(2).parse(one(params.down) ?? 2);
  return {
    focus: match ? { domain: match[1], name: match[2] } : null,
    rawFocus: focus ?? null,
    up,
    down,
    clamped: up > MAX_DEPTH || down > MAX_DEPTH,
  };
}
