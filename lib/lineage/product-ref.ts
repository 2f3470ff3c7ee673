import "server-only";
import { NotFoundError } from "@/lib/catalog/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The 404 for an unknown product, pointing the caller to search. */
export function productNotFound(domain: string, name: string): NotFoundError {
  return new NotFoundError(`No data product ${domain}/${name}; look for it at /search?q=${encodeURIComponent(name)}`, [
    { path: "search", message: `/search?q=${encodeURIComponent(name)}` },
  ]);
}

/** The product id behind domain/name, or a 404 that points the caller to search. */
export async function getProductIdOrThrow(db: Pick<PrismaClient, "dataProduct">, domain: string, name: string): Promise<number> {
  const product = await db.dataProduct.findFirst({ where: { name, domain: { slug: domain } }, select: { id: true } });
  if (!product) throw productNotFound(domain, name);
  return product.id;
}
