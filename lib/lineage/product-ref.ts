import "server-only";
import { NotFoundError } from "@/lib/catalog/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The product id behind domain/name, or a 404 that points the caller to search. */
export async function getProductIdOrThrow(db: Pick<PrismaClient, "dataProduct">, domain: string, name: string): Promise<number> {
  const product = await db.dataProduct.findFirst({ where: { name, domain: { slug: domain } }, select: { id: true } });
  if (!product) {
    throw new NotFoundError(`No data product ${domain}/${name}; look for it at /search?q=${encodeURIComponent(name)}`, [
      { path: "search", message: `/search?q=${encodeURIComponent(name)}` },
    ]);
  }
  return product.id;
}
