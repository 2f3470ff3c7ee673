/**
 * Loads the Northwind Commerce demo mesh into an empty database: people, teams, domains, source
 * systems, every product through the same writer the app uses (so governance, lineage, history
 * and search are real), 30 days of SLO measurements and 90 days of score history.
 */
import { hashPassword } from "../lib/auth/password";
import { DEMO_PASSWORD } from "../lib/auth/demo-accounts";
import { createPrismaClient } from "../lib/db/client";
import { saveProductSpec } from "../lib/catalog/save-product";
import { refreshSloStates } from "../lib/catalog/slo-state";
import { toDbDomainKind, toDbSloKind } from "../lib/catalog/enum-mapping";
import { snapshotScores } from "../lib/catalog/score-snapshots";
import { meetsTarget } from "../lib/governance/slo-compliance";
import { dataProductSpecSchema, type DataProductSpec } from "../lib/spec/schema";
import { demoDomains, demoProducts, demoSloMeasurements, demoSourceSystems, demoTeams, demoUsers } from "../prisma/demo";
import type { PrismaClient } from "../lib/generated/prisma/client";

const PLATFORM_ROLES = { admin: "ADMIN", "governance-lead": "GOVERNANCE_LEAD", member: "MEMBER", viewer: "VIEWER" } as const;
const TEAM_ROLES = { owner: "OWNER", maintainer: "MAINTAINER", member: "MEMBER" } as const;
const DAY = 86_400_000;

export async function seedDemoMeshIfEmpty(databaseUrl: string): Promise<{ products: number; domains: number } | null> {
  const db = createPrismaClient(databaseUrl, 4);
  try {
    if ((await db.domain.count()) > 0 || (await db.user.count()) > 0) return null;
    return await seedDemoMesh(db);
  } finally {
    await db.$disconnect();
  }
}

export async function seedDemoMesh(db: PrismaClient, now = new Date()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.team.createMany({ data: demoTeams.map((team) => ({ slug: team.slug, name: team.name, description: team.description, email: team.email, chatChannel: team.chatChannel })) });
  await db.user.createMany({
    data: demoUsers.map((user) => ({
      email: user.email,
      name: user.name,
      title: user.title,
      chatHandle: user.chatHandle,
      role: PLATFORM_ROLES[user.role],
      // Everyone in the demo can sign in with the demo password, not only the four featured accounts.
      passwordHash,
    })),
  });
  const teams = new Map((await db.team.findMany({ select: { id: true, slug: true } })).map((team) => [team.slug, team.id]));
  const users = new Map((await db.user.findMany({ select: { id: true, email: true } })).map((user) => [user.email, user.id]));
  await db.teamMembership.createMany({
    data: demoUsers.flatMap((user) => user.teams.map((membership) => ({ teamId: teams.get(membership.team)!, userId: users.get(user.email)!, role: TEAM_ROLES[membership.role] }))),
  });
  await db.sourceSystem.createMany({ data: demoSourceSystems.map((system) => ({ slug: system.slug, name: system.name, technology: system.technology, description: system.description })) });
  await db.domain.createMany({
    data: demoDomains.map((domain) => ({ slug: domain.slug, name: domain.name, description: domain.description, kind: toDbDomainKind(domain.kind), owningTeamId: teams.get(domain.team)! })),
  });

  const specs = topologicalOrder(demoProducts.map((input) => dataProductSpecSchema.parse(input)));
  for (const [index, spec] of specs.entries()) {
    const createdAt = new Date(now.getTime() - (120 - (index % 40)) * DAY);
    const earlier = earlierVersion(spec);
    if (earlier) {
      await saveProductSpec(db, earlier, { actor: "system", mode: "create", at: createdAt, summary: "First registration" });
      await saveProductSpec(db, spec, { actor: "system", mode: "update", at: new Date(now.getTime() - (index % 20) * DAY - 3_600_000), summary: "Added fields and SLOs" });
    } else {
      await saveProductSpec(db, spec, { actor: "system", mode: "create", at: createdAt, summary: "First registration" });
    }
  }

  await seedSloMeasurements(db, now);
  await snapshotScores(db, now);
  await backfillScoreHistory(db, now, 90);
  return { products: specs.length, domains: demoDomains.length };
}

/** Upstream products first, so every input port resolves when its product is saved. */
function topologicalOrder(specs: DataProductSpec[]): DataProductSpec[] {
  const byRef = new Map(specs.map((spec) => [`${spec.metadata.domain}/${spec.metadata.name}`, spec]));
  const ordered: DataProductSpec[] = [];
  const visited = new Set<string>();
  const visit = (ref: string) => {
    if (visited.has(ref)) return;
    visited.add(ref);
    const spec = byRef.get(ref);
    if (!spec) return;
    const own = spec.metadata.domain;
    const qualify = (upstream: string) => (upstream.includes("/") ? upstream : `${own}/${upstream}`);
    for (const port of spec.spec.inputPorts ?? []) if (port.product) visit(qualify(port.product));
    for (const upstream of spec.spec.lineage?.upstreamProducts ?? []) visit(qualify(upstream));
    ordered.push(spec);
  };
  for (const ref of byRef.keys()) visit(ref);
  return ordered;
}

/** A believable first version for every third product: a draft with fewer fields, so history has a diff. */
function earlierVersion(spec: DataProductSpec): DataProductSpec | null {
  const fields = spec.spec.schema?.fields ?? [];
  if (fields.length < 3 || spec.metadata.name.length % 3 !== 0) return null;
  const [major, minor] = spec.metadata.version.split(".").map(Number);
  const version = minor > 0 ? `${major}.${minor - 1}.0` : major > 1 ? `${major - 1}.0.0` : null;
  if (!version) return null;
  return {
    ...spec,
    metadata: { ...spec.metadata, version, status: "draft", deprecation: undefined },
    spec: { ...spec.spec, schema: { ...spec.spec.schema!, fields: fields.slice(0, -1) } },
  };
}

async function seedSloMeasurements(db: PrismaClient, now: Date) {
  const slos = await db.slo.findMany({ select: { id: true, kind: true, targetValue: true, unit: true, product: { select: { id: true, name: true, domain: { select: { slug: true } } } } } });
  const rows = slos.flatMap((slo) => {
    const ref = `${slo.product.domain.slug}/${slo.product.name}`;
    const target = { targetValue: slo.targetValue, unit: slo.unit as "minutes" | "percent" };
    const kind = slo.kind.toLowerCase() as Parameters<typeof toDbSloKind>[0];
    return demoSloMeasurements(ref, { kind, ...target }, now).map((point) => ({ sloId: slo.id, observedAt: point.observedAt, value: point.value, met: meetsTarget(point.value, target) }));
  });
  for (let start = 0; start < rows.length; start += 5000) await db.sloMeasurement.createMany({ data: rows.slice(start, start + 5000) });
  const productIds = [...new Set(slos.map((slo) => slo.product.id))];
  await db.$transaction((tx) => refreshSloStates(tx, productIds, now), { timeout: 60_000 });
}

/**
 * The demo pretends the mesh has been governed for a while: scores of earlier days are a little
 * lower, more so for some products, so the dashboard's trends have a shape.
 */
async function backfillScoreHistory(db: PrismaClient, now: Date, days: number) {
  const today = now.toISOString().slice(0, 10);
  await db.$executeRaw`
    INSERT INTO "product_score_snapshots" ("productId", "day", "score", "errors", "warnings")
    SELECT p."id", ${today}::date - ago, GREATEST(0, p."governanceScore" - (ago / 15) * ((p."id" % 4) * 3)),
           p."errorCount" + CASE WHEN ago > 45 AND p."id" % 5 = 0 THEN 1 ELSE 0 END, p."warningCount" + (ago / 30) * (p."id" % 2)
    FROM "data_products" p, generate_series(1, ${days}::int) AS ago
    WHERE p."createdAt" <= ${today}::date - ago
    ON CONFLICT DO NOTHING`;
  await db.$executeRaw`
    INSERT INTO "domain_score_snapshots" ("domainId", "day", "averageScore", "products", "errors", "warnings", "sloCompliant")
    SELECT p."domainId", s."day", avg(s."score"), count(*), sum(s."errors"), sum(s."warnings"), count(*)
    FROM "product_score_snapshots" s JOIN "data_products" p ON p."id" = s."productId"
    WHERE s."day" < ${today}::date GROUP BY p."domainId", s."day"
    ON CONFLICT DO NOTHING`;
}
