import type { UpstreamProductState } from "@/lib/governance/types";
import type { LifecycleStatus as DbLifecycleStatus } from "@/lib/generated/prisma/enums";
import type { DataProductSpec } from "@/lib/spec/schema";
import { fromDbStatus } from "./enum-mapping";
import type { FieldError } from "./errors";
import { qualifyRef } from "./spec-mapping";

/**
 * How a spec's input ports and lineage hints bind to stored products and source systems. The
 * single and the batch writer look the references up their own way (one product at a time, or a
 * whole batch in one query) and share this binding, so both accept and store the same thing.
 */

export interface UpstreamRef {
  ref: string;
  path: string;
  viaPort: boolean;
}

/** A referenced product as stored. */
export interface UpstreamRecord {
  id: number;
  domainId: number;
  status: DbLifecycleStatus;
  outputPorts: { id: number; name: string }[];
  freshness: number | null;
}

export interface ResolvedUpstream {
  products: { id: number; domainId: number; ref: string; viaPort: boolean }[];
  ports: Map<number, { productId?: number; outputPortId?: number; sourceSystemId?: number; ref?: string }>;
  sourceSystems: number[];
  states: UpstreamProductState[];
}

/** Every product the spec reads, qualified as domain/name, with where the spec says so. */
export function upstreamRefs(spec: DataProductSpec): UpstreamRef[] {
  const own = spec.metadata.domain;
  return [
    ...(spec.spec.inputPorts ?? []).flatMap((port, index) => (port.product ? [{ ref: qualifyRef(port.product, own), path: `spec.inputPorts[${index}].product`, viaPort: true }] : [])),
    ...(spec.spec.lineage?.upstreamProducts ?? []).map((ref, index) => ({ ref: qualifyRef(ref, own), path: `spec.lineage.upstreamProducts[${index}]`, viaPort: false })),
  ];
}

/** Source systems the spec's input ports read, with the technology a first mention records. */
export function sourceSystemMentions(spec: DataProductSpec): { slug: string; technology: string }[] {
  return (spec.spec.inputPorts ?? []).flatMap((port) => (port.sourceSystem ? [{ slug: port.sourceSystem, technology: port.type }] : []));
}

/** The display name a source system gets when a spec mentions it first. */
export const sourceSystemName = (slug: string) => slug.replace(/-/g, " ");

/**
 * Binds the spec's references to what was found; `found` is keyed by qualified ref and
 * `sourceSystemIds` by slug. Unresolvable references come back as field errors, all at once.
 */
export function bindUpstream(
  spec: DataProductSpec,
  found: ReadonlyMap<string, UpstreamRecord>,
  sourceSystemIds: ReadonlyMap<string, number>,
): { ok: true; upstream: ResolvedUpstream } | { ok: false; errors: FieldError[] } {
  const own = spec.metadata.domain;
  const refs = upstreamRefs(spec);
  const errors: FieldError[] = refs.filter((item) => !found.has(item.ref)).map((item) => ({ path: item.path, message: `No data product ${item.ref}; reference an existing product as domain/name` }));

  const ports: ResolvedUpstream["ports"] = new Map();
  const sourceSystems: number[] = [];
  for (const [index, port] of (spec.spec.inputPorts ?? []).entries()) {
    if (port.product) {
      const ref = qualifyRef(port.product, own);
      const upstream = found.get(ref);
      const outputPort = port.port ? upstream?.outputPorts.find((candidate) => candidate.name === port.port) : undefined;
      if (upstream && port.port && !outputPort) {
        errors.push({ path: `spec.inputPorts[${index}].port`, message: `${ref} has no output port "${port.port}"; choose one of: ${upstream.outputPorts.map((p) => p.name).join(", ") || "(none)"}` });
      }
      ports.set(index, { productId: upstream?.id, outputPortId: outputPort?.id, ref });
    } else if (port.sourceSystem) {
      const id = sourceSystemIds.get(port.sourceSystem)!;
      ports.set(index, { sourceSystemId: id });
      sourceSystems.push(id);
    }
  }
  if (errors.length) return { ok: false, errors };

  const products = [...new Map(refs.map((item) => [item.ref, item])).values()].map((item) => {
    const upstream = found.get(item.ref)!;
    return { id: upstream.id, domainId: upstream.domainId, ref: item.ref, viaPort: refs.some((other) => other.ref === item.ref && other.viaPort) };
  });
  const states = refs
    .map((item) => item.ref)
    .filter((ref, index, all) => all.indexOf(ref) === index)
    .map((ref) => {
      const upstream = found.get(ref)!;
      return { ref, status: fromDbStatus(upstream.status), freshnessMinutes: upstream.freshness ?? undefined };
    });
  return { ok: true, upstream: { products, ports, sourceSystems: [...new Set(sourceSystems)], states } };
}
