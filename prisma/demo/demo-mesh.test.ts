import { describe, expect, it } from "vitest";
import { evaluate } from "../../lib/governance/evaluate";
import { customer360 } from "../../lib/governance/test-support/customer-360";
import { meetsTarget } from "../../lib/governance/slo-compliance";
import { dataProductSpecSchema, type DataProductSpecInput } from "../../lib/spec/schema";
import { parseSloTarget } from "../../lib/spec/slo-target";
import {
  AT_RISK_PRODUCTS,
  BREACHING_PRODUCTS,
  DEMO_GOVERNANCE_PROFILE,
  DEMO_LINEAGE_CHAINS,
  DEMO_LINEAGE_DIAMOND,
  DEMO_SLO_RECENT_POINTS,
  demoDomains,
  demoProductRef,
  demoProducts,
  demoSloMeasurements,
  demoSourceSystems,
  demoTeams,
  demoUsers,
  type DemoGovernanceOutcome,
  type DemoSloKind,
} from "./index";

const refOf = demoProductRef;
const byRef = new Map(demoProducts.map((p) => [refOf(p), p]));
const resolve = (product: DataProductSpecInput, ref: string) => (ref.includes("/") ? ref : `${product.metadata.domain}/${ref}`);

/** Upstream product refs of a product: input ports bound to a product plus lineage.upstreamProducts. */
function upstreamOf(product: DataProductSpecInput): string[] {
  const refs = new Set<string>();
  for (const port of product.spec.inputPorts ?? []) if (port.product) refs.add(resolve(product, port.product));
  for (const ref of product.spec.lineage?.upstreamProducts ?? []) refs.add(resolve(product, ref));
  return [...refs];
}

const parents = new Map(demoProducts.map((p) => [refOf(p), upstreamOf(p)]));
const children = new Map<string, string[]>(demoProducts.map((p) => [refOf(p), []]));
for (const [child, ups] of parents) for (const up of ups) children.get(up)?.push(child);

/** Longest path (in edges) ending at each product; throws on a cycle. */
function longestPaths(): Map<string, { length: number; path: string[] }> {
  const memo = new Map<string, { length: number; path: string[] }>();
  const visiting = new Set<string>();
  const visit = (ref: string): { length: number; path: string[] } => {
    const known = memo.get(ref);
    if (known) return known;
    if (visiting.has(ref)) throw new Error(`Lineage cycle through ${ref}`);
    visiting.add(ref);
    let best = { length: 0, path: [ref] };
    for (const up of parents.get(ref) ?? []) {
      const candidate = visit(up);
      if (candidate.length + 1 > best.length) best = { length: candidate.length + 1, path: [...candidate.path, ref] };
    }
    visiting.delete(ref);
    memo.set(ref, best);
    return best;
  };
  for (const ref of parents.keys()) visit(ref);
  return memo;
}

/** The real governance engine, with upstream statuses so lineage policies see deprecated inputs. */
function lint(product: DataProductSpecInput): { errors: string[]; warnings: string[] } {
  const spec = dataProductSpecSchema.parse(product);
  const upstream = upstreamOf(product).map((ref) => ({ ref, status: byRef.get(ref)?.metadata.status ?? "draft" }));
  const { violations } = evaluate(spec, { upstream });
  return {
    errors: violations.filter((v) => v.severity === "error").map((v) => v.policyId),
    warnings: violations.filter((v) => v.severity === "warning").map((v) => v.policyId),
  };
}

describe("demo mesh: specs", () => {
  it("every product parses with dataProductSpecSchema", () => {
    const failures: string[] = [];
    for (const product of demoProducts) {
      const result = dataProductSpecSchema.safeParse(product);
      if (!result.success) {
        for (const issue of result.error.issues) failures.push(`${refOf(product)} ${issue.path.join(".")}: ${issue.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("has at least 40 products with unique domain/name", () => {
    expect(demoProducts.length).toBeGreaterThanOrEqual(40);
    const refs = demoProducts.map(refOf);
    expect(refs.filter((ref, i) => refs.indexOf(ref) !== i)).toEqual([]);
  });

  it("includes customer/customer-360 exactly as the reference spec", () => {
    const reference = customer360();
    const c360 = dataProductSpecSchema.parse(byRef.get("customer/customer-360"));
    expect(c360.metadata).toMatchObject(reference.metadata);
    expect(c360.spec).toMatchObject(reference.spec);
  });

});

describe("demo mesh: organisation", () => {
  const teamSlugs = new Set(demoTeams.map((t) => t.slug));
  const userEmails = new Set(demoUsers.map((u) => u.email));

  it("has at least 8 domains covering all three kinds, each owned by a known team", () => {
    expect(demoDomains.length).toBeGreaterThanOrEqual(8);
    expect(new Set(demoDomains.map((d) => d.kind))).toEqual(new Set(["source-aligned", "consumer-aligned", "aggregate"]));
    expect(demoDomains.filter((d) => !teamSlugs.has(d.team)).map((d) => d.slug)).toEqual([]);
    expect(new Set(demoDomains.map((d) => d.slug)).size).toBe(demoDomains.length);
  });

  it("has at least 10 teams and 20 users with unique keys and known team memberships", () => {
    expect(demoTeams.length).toBeGreaterThanOrEqual(10);
    expect(demoUsers.length).toBeGreaterThanOrEqual(20);
    expect(teamSlugs.size).toBe(demoTeams.length);
    expect(userEmails.size).toBe(demoUsers.length);
    const unknown = demoUsers.flatMap((u) => u.teams.filter((m) => !teamSlugs.has(m.team)).map((m) => `${u.email} -> ${m.team}`));
    expect(unknown).toEqual([]);
  });

  it("has the demo sign-in users", () => {
    const user = (email: string) => demoUsers.find((u) => u.email === email);
    expect(user("admin@meshwork.demo")?.role).toBe("admin");
    expect(user("gov@meshwork.demo")?.role).toBe("governance-lead");
    const owner = user("owner@meshwork.demo");
    expect(owner?.role).toBe("member");
    expect(owner?.teams).toContainEqual({ team: "customer-domain-team", role: "owner" });
    const viewer = user("viewer@meshwork.demo");
    expect(viewer?.role).toBe("viewer");
    expect(viewer?.teams).toEqual([]);
  });

  it("every product belongs to a known domain and team, and names known people", () => {
    const domainSlugs = new Set(demoDomains.map((d) => d.slug));
    const problems: string[] = [];
    for (const p of demoProducts) {
      const { domain, owner } = p.metadata;
      if (!domainSlugs.has(domain)) problems.push(`${refOf(p)}: unknown domain`);
      if (!teamSlugs.has(owner.team)) problems.push(`${refOf(p)}: unknown team ${owner.team}`);
      if (demoDomains.find((d) => d.slug === domain)?.team !== owner.team) problems.push(`${refOf(p)}: owner team differs from domain team`);
      for (const person of [owner.productOwner, owner.steward]) {
        if (person && !userEmails.has(person)) problems.push(`${refOf(p)}: unknown person ${person}`);
      }
      if (owner.productOwner) {
        const member = demoUsers.find((u) => u.email === owner.productOwner)?.teams.some((m) => m.team === owner.team);
        if (!member) problems.push(`${refOf(p)}: product owner ${owner.productOwner} is not in ${owner.team}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("demo mesh: lineage", () => {
  it("every input port references an existing product and one of its output ports, or a known source system", () => {
    const systems = new Set(demoSourceSystems.map((s) => s.slug));
    const problems: string[] = [];
    for (const p of demoProducts) {
      for (const port of p.spec.inputPorts ?? []) {
        if (port.sourceSystem && !systems.has(port.sourceSystem)) problems.push(`${refOf(p)}.${port.name}: unknown source system ${port.sourceSystem}`);
        if (!port.product) continue;
        const upstream = byRef.get(resolve(p, port.product));
        if (!upstream) {
          problems.push(`${refOf(p)}.${port.name}: unknown product ${port.product}`);
          continue;
        }
        const outputs = (upstream.spec.outputPorts ?? []).map((o) => o.name);
        if (!port.port || !outputs.includes(port.port)) problems.push(`${refOf(p)}.${port.name}: ${port.product} has no output port ${port.port}`);
      }
      for (const ref of p.spec.lineage?.upstreamProducts ?? []) {
        if (!byRef.has(resolve(p, ref))) problems.push(`${refOf(p)}: unknown upstream ${ref}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every source system is used by some product", () => {
    const used = new Set(demoProducts.flatMap((p) => (p.spec.inputPorts ?? []).flatMap((port) => (port.sourceSystem ? [port.sourceSystem] : []))));
    expect(demoSourceSystems.filter((s) => !used.has(s.slug)).map((s) => s.slug)).toEqual([]);
  });

  it("has no cycles and a chain of at least 4 hops", () => {
    const paths = longestPaths();
    const longest = Math.max(...[...paths.values()].map((p) => p.length));
    expect(longest).toBeGreaterThanOrEqual(4);
  });

  it("the documented chains are real lineage paths", () => {
    for (const chain of DEMO_LINEAGE_CHAINS) {
      expect(chain.length).toBeGreaterThanOrEqual(5);
      for (let i = 1; i < chain.length; i++) expect(parents.get(chain[i]), `${chain[i - 1]} -> ${chain[i]}`).toContain(chain[i - 1]);
    }
  });

  it("has exactly one diamond (A feeds B and C, both feed D), the documented one", () => {
    const diamonds: string[] = [];
    for (const [d, ups] of parents) {
      for (let i = 0; i < ups.length; i++) {
        for (let j = i + 1; j < ups.length; j++) {
          const common = (parents.get(ups[i]) ?? []).filter((a) => (parents.get(ups[j]) ?? []).includes(a));
          for (const a of common) diamonds.push(`${a} -> {${[ups[i], ups[j]].sort().join(", ")}} -> ${d}`);
        }
      }
    }
    const { top, left, right, bottom } = DEMO_LINEAGE_DIAMOND;
    expect(diamonds).toEqual([`${top} -> {${[left, right].sort().join(", ")}} -> ${bottom}`]);
  });

  it("has cross-domain edges in most consumer-aligned and aggregate products", () => {
    const crossDomain = demoProducts.filter((p) => upstreamOf(p).some((ref) => !ref.startsWith(`${p.metadata.domain}/`)));
    expect(crossDomain.length).toBeGreaterThanOrEqual(15);
  });
});

describe("demo mesh: lifecycle and governance", () => {
  it("has 2 deprecated products with a deprecation notice and 1 retired product, mostly active", () => {
    const count = (status: string) => demoProducts.filter((p) => (p.metadata.status ?? "draft") === status).length;
    expect(count("deprecated")).toBe(2);
    expect(count("retired")).toBe(1);
    expect(count("active")).toBeGreaterThan(demoProducts.length / 2);
    for (const p of demoProducts.filter((x) => x.metadata.status === "deprecated")) {
      expect(p.metadata.deprecation?.sunsetDate).toBe("2027-03-31");
      expect(byRef.has(p.metadata.deprecation?.replacement ?? "")).toBe(true);
    }
  });

  it("a deprecated product feeds an active one, and nothing depends on a retired one", () => {
    const status = (ref: string) => byRef.get(ref)?.metadata.status;
    const deprecatedFeedsActive = demoProducts.some(
      (p) => p.metadata.status === "active" && upstreamOf(p).some((ref) => status(ref) === "deprecated"),
    );
    expect(deprecatedFeedsActive).toBe(true);
    const retired = demoProducts.filter((p) => p.metadata.status === "retired").map(refOf);
    expect(retired.flatMap((ref) => children.get(ref) ?? [])).toEqual([]);
  });

  it("matches the documented governance profile (about 60% clean, 25% warnings, 15% errors)", () => {
    const actual: Record<string, DemoGovernanceOutcome> = {};
    const details: Record<string, string[]> = {};
    for (const p of demoProducts) {
      const { errors, warnings } = lint(p);
      actual[refOf(p)] = errors.length > 0 ? "errors" : warnings.length > 0 ? "warnings" : "clean";
      details[refOf(p)] = [...errors, ...warnings];
    }
    const mismatches = Object.keys(actual)
      .filter((ref) => actual[ref] !== DEMO_GOVERNANCE_PROFILE[ref])
      .map((ref) => `${ref}: expected ${DEMO_GOVERNANCE_PROFILE[ref]}, got ${actual[ref]} (${details[ref].join(", ")})`);
    expect(mismatches).toEqual([]);
    expect(Object.keys(DEMO_GOVERNANCE_PROFILE).sort()).toEqual(Object.keys(actual).sort());

    const share = (outcome: DemoGovernanceOutcome) => Object.values(actual).filter((o) => o === outcome).length / demoProducts.length;
    expect(share("clean")).toBeGreaterThanOrEqual(0.55);
    expect(share("clean")).toBeLessThanOrEqual(0.7);
    expect(share("warnings")).toBeGreaterThanOrEqual(0.18);
    expect(share("errors")).toBeGreaterThanOrEqual(0.1);
  });

  it("products with governance errors are drafts", () => {
    const offenders = demoProducts.filter((p) => lint(p).errors.length > 0 && p.metadata.status !== "draft").map(refOf);
    expect(offenders).toEqual([]);
  });
});

describe("demo mesh: SLO history", () => {
  const now = new Date("2026-05-15T09:30:00Z");
  const slosOf = (ref: string) => {
    const slo = byRef.get(ref)?.spec.slo ?? {};
    return (["freshness", "availability", "completeness", "accuracy"] as const).flatMap((kind: DemoSloKind) => {
      const target = slo[kind];
      const parsed = target ? parseSloTarget(target.target) : null;
      return parsed ? [{ kind, targetValue: parsed.value, unit: parsed.unit }] : [];
    });
  };

  it("gives 30 days of deterministic measurements, 4 a day, oldest first", () => {
    const slo = { kind: "freshness" as const, targetValue: 60, unit: "minutes" as const };
    const a = demoSloMeasurements("order/orders", slo, now);
    const b = demoSloMeasurements("order/orders", slo, now);
    expect(a).toHaveLength(120);
    expect(a).toEqual(b);
    expect(a[119].observedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime() - a[0].observedAt.getTime()).toBeLessThan(30 * 24 * 3600 * 1000);
    for (let i = 1; i < a.length; i++) expect(a[i].observedAt.getTime()).toBeGreaterThan(a[i - 1].observedAt.getTime());
    expect(demoSloMeasurements("order/order-lines", slo, now)).not.toEqual(a);
  });

  it("breaching products breach recently; at-risk products are close to but within target", () => {
    expect(BREACHING_PRODUCTS.length).toBeGreaterThanOrEqual(4);
    for (const ref of [...BREACHING_PRODUCTS, ...AT_RISK_PRODUCTS]) {
      expect(byRef.get(ref)?.metadata.status, ref).toBe("active");
      const slos = slosOf(ref);
      expect(slos.map((s) => s.kind), ref).toEqual(expect.arrayContaining(["freshness", "availability"]));
      for (const slo of slos) {
        const recent = demoSloMeasurements(ref, slo, now).slice(-DEMO_SLO_RECENT_POINTS);
        const meeting = recent.filter((m) => meetsTarget(m.value, slo)).length;
        if (BREACHING_PRODUCTS.includes(ref)) expect(meeting, `${ref} ${slo.kind}`).toBe(0);
        else expect(meeting, `${ref} ${slo.kind}`).toBe(recent.length);
      }
    }
  });

  it("healthy products meet their targets over the last week and almost always before", () => {
    for (const p of demoProducts) {
      const ref = refOf(p);
      if (BREACHING_PRODUCTS.includes(ref)) continue;
      for (const slo of slosOf(ref)) {
        const series = demoSloMeasurements(ref, slo, now);
        const lastWeek = series.slice(-28);
        expect(lastWeek.every((m) => meetsTarget(m.value, slo)), `${ref} ${slo.kind}`).toBe(true);
        const share = series.filter((m) => meetsTarget(m.value, slo)).length / series.length;
        expect(share, `${ref} ${slo.kind}`).toBeGreaterThanOrEqual(0.9);
      }
    }
  });
});
