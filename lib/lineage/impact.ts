import "server-only";
import { fromDbStatus } from "@/lib/catalog/enum-mapping";
import { NotFoundError } from "@/lib/catalog/errors";
import { recordFields } from "@/lib/catalog/spec-mapping";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LifecycleStatus as DbLifecycleStatus } from "@/lib/generated/prisma/enums";
import type { ImpactedProduct, ImpactReport } from "./impact-types";
import { clampDepth, DEFAULT_NODE_CAP } from "./params";
import { getProductIdOrThrow } from "./product-ref";
import { traverse } from "./traverse";

type Db = Pick<PrismaClient, "$queryRaw" | "dataProduct">;

interface ImpactRow {
  id: number;
  name: string;
  title: string;
  status: DbLifecycleStatus;
  domain: string;
  domainName: string;
  ownerName: string | null;
  ownerEmail: string | null;
  teamName: string;
  teamEmail: string | null;
  teamChat: string | null;
  contactEmail: string | null;
}

/**
 * Who breaks if this product changes: everything downstream to a depth, capped (downstream of a
 * mega-hub is most of the mesh, so the list stops at the cap and says so while the direct-consumer
 * count stays exact). With a field, the first hop keeps only readers that use it or do not say.
 */
export async function getImpact(db: Db, domain: string, name: string, options: { depth: number; field?: string; cap?: number }): Promise<ImpactReport> {
  const focusId = await getProductIdOrThrow(db, domain, name);
  const { depth, depthClamped } = clampDepth(options.depth);
  const cap = options.cap ?? DEFAULT_NODE_CAP;
  const focus = await db.dataProduct.findUniqueOrThrow({
    where: { id: focusId },
    select: { title: true, schema: { select: { fields: true } } },
  });
  const fields = recordFields(focus).map((item) => item.name);
  const field = options.field ?? null;
  if (field && !fields.includes(field)) {
    throw new NotFoundError(`${domain}/${name} has no field "${field}"; its fields are: ${fields.join(", ") || "(none declared)"}`);
  }

  const fieldUse = field ? await directFieldUse(db, focusId, field) : null;
  const [traversal, [{ count }]] = await Promise.all([
    traverse(db, focusId, "downstream", depth, cap, fieldUse?.skip ?? []),
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "lineage_edges" WHERE "upstreamProductId" = ${focusId}`,
  ]);
  const ids = [...traversal.levels.keys()];
  const rows = await db.$queryRaw<ImpactRow[]>`
    SELECT p."id", p."name", p."title", p."status", d."slug" AS domain, d."name" AS "domainName",
           u."name" AS "ownerName", u."email" AS "ownerEmail", t."name" AS "teamName", t."email" AS "teamEmail",
           t."chatChannel" AS "teamChat", p."contactEmail"
      FROM "data_products" p
      JOIN "domains" d ON d."id" = p."domainId"
      JOIN "teams" t ON t."id" = p."owningTeamId"
      LEFT JOIN "users" u ON u."id" = p."ownerId"
     WHERE p."id" = ANY(${ids}::int[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ref = (id: number) => `${byId.get(id)!.domain}/${byId.get(id)!.name}`;
  const pathTo = (id: number): string[] => {
    const path = [ref(id)];
    for (let at = traversal.parents.get(id); at !== undefined; at = traversal.parents.get(at)) path.unshift(ref(at));
    return path;
  };

  const impacted: ImpactedProduct[] = rows
    .filter((row) => row.id !== focusId)
    .map((row) => {
      const level = traversal.levels.get(row.id)!;
      return {
        ref: ref(row.id),
        title: row.title,
        domain: row.domain,
        domainName: row.domainName,
        status: fromDbStatus(row.status),
        active: row.status === "ACTIVE",
        depth: level,
        path: pathTo(row.id),
        owner: row.ownerName && row.ownerEmail ? { name: row.ownerName, email: row.ownerEmail } : null,
        team: { name: row.teamName, email: row.teamEmail, chatChannel: row.teamChat },
        contactEmail: row.contactEmail,
        ...(fieldUse && level === 1 ? { fieldUse: fieldUse.declared.has(row.id) ? ("declared" as const) : ("product-level" as const) } : {}),
      };
    })
    .sort((a, b) => a.depth - b.depth || a.ref.localeCompare(b.ref));

  const groups = new Map<string, ImpactReport["groups"][number]>();
  for (const item of impacted) {
    const group = groups.get(item.domain) ?? { domain: item.domain, domainName: item.domainName, products: [] };
    group.products.push(item);
    groups.set(item.domain, group);
  }
  return {
    product: { ref: ref(focusId), title: focus.title, fields },
    depth,
    depthClamped,
    field,
    productLevelFallback: impacted.some((item) => item.fieldUse === "product-level"),
    directConsumers: field ? impacted.filter((item) => item.depth === 1).length : count,
    total: impacted.length,
    truncated: traversal.truncated,
    groups: [...groups.values()].sort((a, b) => b.products.length - a.products.length || a.domain.localeCompare(b.domain)),
  };
}

/**
 * Direct readers and whether they use the field. A reader is skipped only when every port it reads
 * this product through lists its fields and none is this one; a reader bound only through
 * lineage.upstreamProducts (no port) cannot say, so it stays, at product level.
 */
async function directFieldUse(db: Db, focusId: number, field: string): Promise<{ skip: number[]; declared: Set<number> }> {
  const rows = await db.$queryRaw<{ reader: number; declares: boolean; uses: boolean }[]>`
    SELECT e."downstreamProductId" AS reader,
           coalesce(bool_and(cardinality(i."usesFields") > 0), false) AS declares,
           coalesce(bool_or(${field} = ANY(i."usesFields")), false) AS uses
      FROM "lineage_edges" e
      LEFT JOIN "input_ports" i ON i."productId" = e."downstreamProductId" AND i."sourceProductId" = e."upstreamProductId"
     WHERE e."upstreamProductId" = ${focusId}
     GROUP BY e."downstreamProductId"`;
  return {
    skip: rows.filter((row) => row.declares && !row.uses).map((row) => row.reader),
    declared: new Set(rows.filter((row) => row.uses).map((row) => row.reader)),
  };
}
