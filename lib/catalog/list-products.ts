import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { LifecycleStatus } from "@/lib/spec/enums";
import { fromDbStatus, toDbStatus } from "./enum-mapping";

export interface ListProductsQuery {
  domain?: string;
  status?: LifecycleStatus;
  team?: string;
  /** opaque cursor from the previous page */
  cursor?: string;
  limit?: number;
}

export interface ProductSummary {
  ref: string;
  domain: string;
  name: string;
  title: string;
  status: LifecycleStatus;
  semanticVersion: string;
  governanceScore: number;
  consumerCount: number;
  team: string;
  updatedAt: string;
}

export interface ProductPage {
  items: ProductSummary[];
  nextCursor: string | null;
}

/**
 * Most recently updated first, paged by keyset on (updatedAt, id) so page 500 costs what page 1
 * costs (an OFFSET would scan every skipped row).
 */
export async function listDataProducts(db: PrismaClient, query: ListProductsQuery = {}): Promise<ProductPage> {
  const limit = Math.min(Math.max(query.limit ?? 25, 1), 100);
  const after = decodeCursor(query.cursor);
  const where: Prisma.DataProductWhereInput = {
    ...(query.domain ? { domain: { slug: query.domain } } : {}),
    ...(query.team ? { owningTeam: { slug: query.team } } : {}),
    ...(query.status ? { status: toDbStatus(query.status) } : {}),
    // Written so the `lte` becomes an index range on (updatedAt, id); the plain
    // "lt OR (eq AND id lt)" form makes PostgreSQL filter every row before the cursor.
    ...(after ? { updatedAt: { lte: after.updatedAt }, OR: [{ updatedAt: { lt: after.updatedAt } }, { id: { lt: after.id } }] } : {}),
  };
  const rows = await db.dataProduct.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      name: true,
      title: true,
      status: true,
      semanticVersion: true,
      governanceScore: true,
      consumerCount: true,
      updatedAt: true,
      domain: { select: { slug: true } },
      owningTeam: { select: { slug: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ref: `${row.domain.slug}/${row.name}`,
      domain: row.domain.slug,
      name: row.name,
      title: row.title,
      status: fromDbStatus(row.status),
      semanticVersion: row.semanticVersion,
      governanceScore: row.governanceScore,
      consumerCount: row.consumerCount,
      team: row.owningTeam.slug,
      updatedAt: row.updatedAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.updatedAt, last.id) : null,
  };
}

function encodeCursor(updatedAt: Date, id: number): string {
  return Buffer.from(`${updatedAt.toISOString()}|${id}`).toString("base64url");
}

/** A malformed cursor is treated as "first page" rather than an error: cursors travel in URLs. */
function decodeCursor(cursor: string | undefined): { updatedAt: Date; id: number } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const updatedAt = new Date(iso);
  const numericId = Number(id);
  return Number.isNaN(updatedAt.getTime()) || !Number.isInteger(numericId) ? null : { updatedAt, id: numericId };
}
