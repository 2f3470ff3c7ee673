import "server-only";
import { canReadRestricted, canRetireProduct, type Caller } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DataProductSpec } from "@/lib/spec/schema";
import { missingProductError, recordDeletion } from "./deleted-products";
import { ConflictError, ForbiddenError, InvalidSpecError, NotFoundError, UnauthenticatedError } from "./errors";
import { listDataProducts, type ListProductsQuery, type ProductPage } from "./list-products";
import { productRecordInclude } from "./product-record";
import { refreshConsumerCounts, saveProductSpec, type SaveProductResult } from "./save-product";
import { recordToSpec } from "./spec-mapping";

/**
 * What REST API v1 does with products: reads that hide restricted products from callers who may not
 * see them (as a 404, so their existence does not leak) and writes through the one writer.
 */

const ownershipSelect = { id: true, version: true, title: true, classification: true, owningTeamId: true, domain: { select: { owningTeamId: true } } } as const;

type Ownership = { owningTeamId: number; classification: string | null; domain: { owningTeamId: number } };

function mayRead(caller: Caller | null, product: Ownership): boolean {
  return product.classification !== "RESTRICTED" || canReadRestricted(caller, { owningTeamId: product.owningTeamId, domainOwningTeamId: product.domain.owningTeamId });
}

/**
 * A page of summaries without the restricted products the caller may not read. Hidden rows are
 * topped up from the following pages (a few rounds at most), so a page is rarely short.
 */
export async function listProductsForCaller(db: PrismaClient, caller: Caller | null, query: ListProductsQuery): Promise<ProductPage> {
  const limit = Math.min(Math.max(query.limit ?? 25, 1), 100);
  const items: ProductPage["items"] = [];
  let cursor = query.cursor;
  for (let round = 0; round < 5; round++) {
    const page = await listDataProducts(db, { ...query, cursor, limit: limit - items.length });
    items.push(...(await withoutUnreadable(db, caller, page.items)));
    cursor = page.nextCursor ?? undefined;
    if (!cursor || items.length >= limit) break;
  }
  return { items, nextCursor: cursor ?? null };
}

async function withoutUnreadable(db: PrismaClient, caller: Caller | null, items: ProductPage["items"]) {
  if (!items.length) return items;
  const restricted = await db.dataProduct.findMany({
    where: { classification: "RESTRICTED", OR: items.map((item) => ({ name: item.name, domain: { slug: item.domain } })) },
    select: { name: true, owningTeamId: true, classification: true, domain: { select: { slug: true, owningTeamId: true } } },
  });
  const unreadable = new Set(restricted.filter((product) => !mayRead(caller, product)).map((product) => `${product.domain.slug}/${product.name}`));
  return unreadable.size ? items.filter((item) => !unreadable.has(item.ref)) : items;
}

async function findReadable(db: PrismaClient, caller: Caller | null, domain: string, name: string) {
  const product = await db.dataProduct.findFirst({ where: { name, domain: { slug: domain } }, select: ownershipSelect });
  if (!product) throw await missingProductError(db, domain, name);
  if (!mayRead(caller, product)) throw new NotFoundError(`No data product ${domain}/${name}`);
  return product;
}

export async function getProductSpecOrThrow(db: PrismaClient, caller: Caller | null, domain: string, name: string): Promise<{ ref: string; version: number; spec: DataProductSpec }> {
  const { id } = await findReadable(db, caller, domain, name);
  const record = await db.dataProduct.findUniqueOrThrow({ where: { id }, include: productRecordInclude });
  return { ref: `${domain}/${name}`, version: record.version, spec: recordToSpec(record) };
}

export async function listProductVersions(db: PrismaClient, caller: Caller | null, domain: string, name: string) {
  const { id } = await findReadable(db, caller, domain, name);
  const rows = await db.productVersion.findMany({
    where: { productId: id },
    orderBy: { version: "desc" },
    select: { version: true, semanticVersion: true, changeKind: true, summary: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({
    version: row.version,
    semanticVersion: row.semanticVersion,
    changeKind: row.changeKind,
    summary: row.summary,
    author: row.author?.name ?? row.author?.email ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

export function createProduct(db: PrismaClient, caller: Caller, spec: DataProductSpec): Promise<SaveProductResult> {
  return saveProductSpec(db, spec, { actor: caller, mode: "create" });
}

/** The address in the URL and in the body must agree: a rename through PUT would orphan consumers. */
export function updateProduct(db: PrismaClient, caller: Caller, domain: string, name: string, spec: DataProductSpec, expectedVersion?: number): Promise<SaveProductResult> {
  const mismatch = [
    ...(spec.metadata.domain !== domain ? [{ path: "metadata.domain", message: `The URL names domain "${domain}"; the body says "${spec.metadata.domain}"` }] : []),
    ...(spec.metadata.name !== name ? [{ path: "metadata.name", message: `The URL names "${name}"; the body says "${spec.metadata.name}"` }] : []),
  ];
  if (mismatch.length) throw new InvalidSpecError("The body describes another product than the URL", mismatch);
  return saveProductSpec(db, spec, { actor: caller, mode: "update", expectedVersion });
}

/**
 * Deletes a product and everything it owns. Refused while other products read it: they would lose
 * their lineage silently; deprecate and retire it instead.
 */
export async function deleteProduct(db: PrismaClient, caller: Caller | null, domain: string, name: string): Promise<void> {
  if (!caller) throw new UnauthenticatedError("Send an API token as Authorization: Bearer <token>, or sign in");
  const product = await findReadable(db, caller, domain, name);
  if (!canRetireProduct(caller, { owningTeamId: product.owningTeamId, domainOwningTeamId: product.domain.owningTeamId })) {
    throw new ForbiddenError(`Only owners and maintainers of the team that owns ${domain}/${name} may delete it`);
  }
  await db.$transaction(async (tx) => {
    const consumers = await tx.lineageEdge.findMany({
      where: { upstreamProductId: product.id },
      take: 5,
      select: { downstreamProduct: { select: { name: true, domain: { select: { slug: true } } } } },
    });
    if (consumers.length) {
      const refs = consumers.map((edge) => `${edge.downstreamProduct.domain.slug}/${edge.downstreamProduct.name}`);
      throw new ConflictError(`${domain}/${name} has consumers (${refs.join(", ")}${consumers.length === 5 ? ", …" : ""}); deprecate and retire it instead`);
    }
    const upstream = await tx.lineageEdge.findMany({ where: { downstreamProductId: product.id, upstreamProductId: { not: null } }, select: { upstreamProductId: true } });
    await tx.dataProduct.delete({ where: { id: product.id } });
    await recordDeletion(tx, { domainSlug: domain, name, title: product.title, restricted: product.classification === "RESTRICTED" }, caller.userId);
    await refreshConsumerCounts(tx, upstream.map((edge) => edge.upstreamProductId!));
  });
}
