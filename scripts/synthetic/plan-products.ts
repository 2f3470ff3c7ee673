/**
 * The skeleton of every product (domain, team, name, status, topological position), decided
 * before any row is written so lineage can be drawn first and each product row can then carry
 * its consumer count and declared upstreams.
 */
import type { OrgPlan } from "./generate-org";
import { ENTITIES, FACETS, GRAINS, HUBS, REGIONS } from "./names";
import { Rng } from "./prng";

export type Status = "DRAFT" | "ACTIVE" | "DEPRECATED" | "RETIRED";

export interface ProductPlan {
  /** index + 1 */
  count: number;
  domainIndex: Int32Array;
  teamId: Int32Array;
  status: Status[];
  names: string[];
  /** topological key: an upstream always has a smaller key than its consumer */
  orderKey: Float64Array;
  /** fractional days before the anchor; updatedAt is also when the product's edges were written */
  createdDaysAgo: Float64Array;
  updatedDaysAgo: Float64Array;
  hubs: number[];
}

const KIND_ORDER = { SOURCE_ALIGNED: 0, AGGREGATE: 0.35, CONSUMER_ALIGNED: 0.7 } as const;

export function planProducts(org: OrgPlan, count: number, seed: number): ProductPlan {
  const rng = Rng.stream(seed, "products");
  // Domains differ a lot in size: a few hold thousands of products, many a few hundred.
  const weights = org.domains.map((domain) => (0.25 + rng.next() ** 2 * 2.5) * (domain.kind === "SOURCE_ALIGNED" ? 1.2 : domain.kind === "CONSUMER_ALIGNED" ? 0.7 : 1));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const perDomain = weights.map((weight) => Math.max(1, Math.floor((count * weight) / totalWeight)));
  for (let i = 0, sum = perDomain.reduce((a, b) => a + b, 0); sum < count; i = (i + 1) % perDomain.length, sum++) perDomain[i]++;
  const domainOf: number[] = [];
  perDomain.forEach((n, domain) => {
    for (let i = 0; i < n; i++) domainOf.push(domain);
  });
  domainOf.length = count;
  rng.shuffle(domainOf); // ids do not cluster by domain, as in a catalog filled over years

  const domainIndex = Int32Array.from(domainOf);
  const teamId = new Int32Array(count);
  const orderKey = new Float64Array(count);
  const createdDaysAgo = new Float64Array(count);
  const updatedDaysAgo = new Float64Array(count);
  const status: Status[] = new Array<Status>(count);
  const names: string[] = new Array<string>(count);
  const used = org.domains.map(() => new Set<string>());
  const themes = org.domains.map(() => rng.sample(ENTITIES, 18));

  const hubs: number[] = [];
  for (const hub of HUBS) {
    const domain = org.domains.findIndex((candidate) => candidate.slug === hub.domain);
    const product = domainOf.indexOf(domain);
    if (domain < 0 || product < 0) continue;
    names[product] = hub.name;
    used[domain].add(hub.name);
    hubs.push(product);
  }

  for (let p = 0; p < count; p++) {
    const domain = org.domains[domainIndex[p]];
    const teams = domain.teamIds;
    teamId[p] = rng.chance(0.8) || teams.length === 1 ? teams[0] : teams[1 + rng.int(teams.length - 1)];
    status[p] = rng.weighted([["ACTIVE", 78], ["DRAFT", 8], ["DEPRECATED", 9], ["RETIRED", 5]] as const);
    orderKey[p] = KIND_ORDER[domain.kind] + rng.next() * 0.6;
    // Most products were edited recently, a long tail has not been touched for years.
    createdDaysAgo[p] = 1 + 1100 * rng.next() ** 0.8;
    updatedDaysAgo[p] = createdDaysAgo[p] * rng.next() ** 2.5;
    if (names[p] === undefined) names[p] = uniqueName(rng, themes[domainIndex[p]], used[domainIndex[p]]);
  }
  hubs.forEach((p, rank) => {
    status[p] = "ACTIVE";
    orderKey[p] = -1 + rank * 0.01;
  });
  return { count, domainIndex, teamId, status, names, orderKey, createdDaysAgo, updatedDaysAgo, hubs };
}

function uniqueName(rng: Rng, theme: readonly string[], used: Set<string>): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const entity = rng.chance(0.85) ? rng.pick(theme) : rng.pick(ENTITIES);
    const name = rng.weighted([
      [`${entity}-${rng.pick(FACETS)}`, 40],
      [`${entity}-${rng.pick(FACETS)}-${rng.pick(GRAINS)}`, 45],
      [`${entity}-${rng.pick(GRAINS)}`, 15],
    ] as const);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const base = `${rng.pick(theme)}-${rng.pick(FACETS)}-${rng.pick(REGIONS)}`;
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}
