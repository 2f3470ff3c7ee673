/** Domains, teams, people and source systems: the small tables every product points at. */
import type pg from "pg";
import { TableWriter, type ProgressLog } from "./bulk";
import {
  AGGREGATE_DOMAINS, CONSUMER_ALIGNED_DOMAINS, FIRST_NAMES, HUBS, JOB_TITLES, LAST_NAMES, REGIONS, SHARED_TEAMS,
  SOURCE_ALIGNED_DOMAINS, SOURCE_SYSTEMS, TEAM_SUFFIXES, titleCase, type DomainKindKey, type SourceSystemSeed,
} from "./names";
import { Rng } from "./prng";

export interface DomainPlan {
  id: number;
  slug: string;
  kind: DomainKindKey;
  owningTeamId: number;
  /** teams that own products here: the owning team first */
  teamIds: number[];
}

export interface TeamPlan {
  id: number;
  slug: string;
  memberIds: number[];
}

export interface OrgPlan {
  domains: DomainPlan[];
  teams: TeamPlan[];
  userCount: number;
  sourceSystems: readonly SourceSystemSeed[];
}

export interface OrgOptions {
  seed: number;
  domains: number;
  /** timestamps are spread back from here, so a fixed anchor gives identical rows */
  anchor: Date;
}

/** `count` slugs of one kind: the vocabulary first, then regional variants ("orders-emea"). */
function domainSlugs(base: readonly string[], count: number, required: readonly string[]): string[] {
  const slugs = [...required, ...base.filter((slug) => !required.includes(slug))];
  for (let r = 0; slugs.length < count; r++) {
    for (const slug of base) slugs.push(`${slug}-${REGIONS[r % REGIONS.length]}${r >= REGIONS.length ? `-${Math.floor(r / REGIONS.length) + 1}` : ""}`);
  }
  return slugs.slice(0, count);
}

const KIND_DESCRIPTIONS: Record<DomainKindKey, string> = {
  SOURCE_ALIGNED: "Publishes the facts of the operational systems it owns, close to how they happen.",
  CONSUMER_ALIGNED: "Serves a business use case with curated, ready-to-use products.",
  AGGREGATE: "Conforms data from several domains into shared, reusable entities.",
};

export function planOrg(options: OrgOptions): OrgPlan {
  const rng = Rng.stream(options.seed, "org");
  const total = options.domains;
  const aggregateCount = Math.max(HUBS.length, Math.round(total * 0.25));
  const consumerCount = Math.max(1, Math.round(total * 0.3));
  const sourceCount = Math.max(1, total - aggregateCount - consumerCount);
  const chosen: { slug: string; kind: DomainKindKey }[] = [
    ...domainSlugs(SOURCE_ALIGNED_DOMAINS, sourceCount, []).map((slug) => ({ slug, kind: "SOURCE_ALIGNED" as const })),
    ...domainSlugs(CONSUMER_ALIGNED_DOMAINS, consumerCount, []).map((slug) => ({ slug, kind: "CONSUMER_ALIGNED" as const })),
    ...domainSlugs(AGGREGATE_DOMAINS, aggregateCount, HUBS.map((hub) => hub.domain)).map((slug) => ({ slug, kind: "AGGREGATE" as const })),
  ];
  // Tiny --domains values still get every kind and the hub domains, so may exceed the request.
  rng.shuffle(chosen);

  const teams: TeamPlan[] = [];
  const addTeam = (slug: string) => {
    const team = { id: teams.length + 1, slug, memberIds: [] };
    teams.push(team);
    return team;
  };
  const domains: DomainPlan[] = chosen.map((domain, index) => {
    const team = addTeam(`${domain.slug}-team`);
    return { id: index + 1, slug: domain.slug, kind: domain.kind, owningTeamId: team.id, teamIds: [team.id] };
  });
  const shared = SHARED_TEAMS.map((slug) => addTeam(slug));
  const teamTarget = Math.round(domains.length * 1.5);
  const taken = new Set(teams.map((team) => team.slug));
  while (teams.length < teamTarget) {
    const domain = rng.pick(domains);
    const slug = `${domain.slug}-${rng.pick(TEAM_SUFFIXES)}`;
    if (taken.has(slug)) continue;
    taken.add(slug);
    domain.teamIds.push(addTeam(slug).id);
  }
  // Platform-wide teams own a few products in some domains, as they do in real meshes.
  for (const team of shared) rng.pick(domains).teamIds.push(team.id);

  const userCount = domains.length * 10;
  for (const team of teams) {
    const size = rng.between(5, 12);
    const members = new Set<number>();
    while (members.size < size) members.add(rng.between(1, userCount));
    team.memberIds = [...members];
  }
  return { domains, teams, userCount, sourceSystems: SOURCE_SYSTEMS };
}

/** Loads the organisation; returns each user's email by id (index 0 is user 1) for the product specs. */
export async function loadOrg(client: pg.ClientBase, plan: OrgPlan, options: OrgOptions, log: ProgressLog): Promise<string[]> {
  const rng = Rng.stream(options.seed, "org-rows");
  const anchor = options.anchor.getTime();
  const daysAgo = (days: number) => new Date(anchor - days * 86_400_000).toISOString();

  const users = new TableWriter(client, {
    table: "users",
    columns: [
      { name: "id", type: "int" }, { name: "email", type: "text" }, { name: "name", type: "text" },
      { name: "title", type: "text" }, { name: "chatHandle", type: "text" }, { name: "role", type: '"GlobalRole"' },
      { name: "createdAt", type: "timestamp(3)" },
    ],
  }, log);
  const handles = new Set<string>();
  const userEmails: string[] = [];
  for (let id = 1; id <= plan.userCount; id++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    let handle = `${first}.${last}`.toLowerCase();
    for (let n = 2; handles.has(handle); n++) handle = `${first}.${last}${n}`.toLowerCase();
    handles.add(handle);
    userEmails.push(`${handle}@example.com`);
    const role = rng.weighted([["ADMIN", 2], ["GOVERNANCE_LEAD", 3], ["MEMBER", 60], ["VIEWER", 35]] as const);
    await users.add([id, `${handle}@example.com`, `${first} ${last}`, rng.pick(JOB_TITLES), `@${handle}`, role, daysAgo(rng.between(30, 1500))]);
  }
  await users.close();

  const teams = new TableWriter(client, {
    table: "teams",
    columns: [
      { name: "id", type: "int" }, { name: "slug", type: "text" }, { name: "name", type: "text" },
      { name: "description", type: "text" }, { name: "email", type: "text" }, { name: "chatChannel", type: "text" },
      { name: "createdAt", type: "timestamp(3)" },
    ],
  }, log);
  for (const team of plan.teams) {
    const name = titleCase(team.slug.replace(/-team$/, ""));
    await teams.add([team.id, team.slug, `${name}${team.slug.endsWith("-team") ? " Team" : ""}`, `${name}: builds and runs the ${name.toLowerCase()} data products.`, `${team.slug}@example.com`, `#${team.slug}`, daysAgo(rng.between(400, 1500))]);
  }
  await teams.close();

  const memberships = new TableWriter(client, {
    table: "team_memberships",
    columns: [{ name: "teamId", type: "int" }, { name: "userId", type: "int" }, { name: "role", type: '"TeamRole"' }, { name: "createdAt", type: "timestamp(3)" }],
  }, log);
  for (const team of plan.teams) {
    for (const [index, userId] of team.memberIds.entries()) {
      await memberships.add([team.id, userId, index === 0 ? "OWNER" : index < 3 ? "MAINTAINER" : "MEMBER", daysAgo(rng.between(10, 400))]);
    }
  }
  await memberships.close();

  const domains = new TableWriter(client, {
    table: "domains",
    columns: [
      { name: "id", type: "int" }, { name: "slug", type: "text" }, { name: "name", type: "text" },
      { name: "description", type: "text" }, { name: "kind", type: '"DomainKind"' }, { name: "owningTeamId", type: "int" },
      { name: "createdAt", type: "timestamp(3)" }, { name: "updatedAt", type: "timestamp(3)" },
    ],
  }, log);
  for (const domain of plan.domains) {
    const created = rng.between(300, 1400);
    await domains.add([domain.id, domain.slug, titleCase(domain.slug), `${titleCase(domain.slug)}. ${KIND_DESCRIPTIONS[domain.kind]}`, domain.kind, domain.owningTeamId, daysAgo(created), daysAgo(rng.between(0, Math.min(created, 120)))]);
  }
  await domains.close();

  const systems = new TableWriter(client, {
    table: "source_systems",
    columns: [{ name: "id", type: "int" }, { name: "slug", type: "text" }, { name: "name", type: "text" }, { name: "technology", type: "text" }, { name: "description", type: "text" }],
  }, log);
  for (const [index, system] of plan.sourceSystems.entries()) {
    await systems.add([index + 1, system.slug, system.name, system.technology, `Operational system: ${system.name}.`]);
  }
  await systems.close();
  return userEmails;
}
