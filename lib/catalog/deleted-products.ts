import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { GoneError, NotFoundError } from "./errors";

/** A client or a transaction: saving a product asks inside its own. */
type Reader = Pick<Prisma.TransactionClient, "deletedProduct">;

export interface DeletedProductNotice {
  ref: string;
  /** null for a restricted product: its old address should not tell what it held */
  title: string | null;
  deletedAt: Date;
  deletedBy: string | null;
}

/** Keeps the address of a product being deleted, inside the deleting transaction. */
export async function recordDeletion(
  tx: Prisma.TransactionClient,
  product: { domainSlug: string; name: string; title: string; restricted: boolean },
  deletedById: number,
): Promise<void> {
  const kept = { title: product.title, restricted: product.restricted, deletedById, deletedAt: new Date() };
  await tx.deletedProduct.upsert({
    where: { domainSlug_name: { domainSlug: product.domainSlug, name: product.name } },
    create: { domainSlug: product.domainSlug, name: product.name, ...kept },
    update: kept,
  });
}

/** What was deleted at this address, if anything was. Only worth asking once no product is there. */
export async function findDeletedProduct(db: Reader, domainSlug: string, name: string): Promise<DeletedProductNotice | null> {
  const row = await db.deletedProduct.findUnique({
    where: { domainSlug_name: { domainSlug, name } },
    select: { title: true, restricted: true, deletedAt: true, deletedBy: { select: { name: true } } },
  });
  if (!row) return null;
  return { ref: `${domainSlug}/${name}`, title: row.restricted ? null : row.title, deletedAt: row.deletedAt, deletedBy: row.deletedBy?.name ?? null };
}

function deletionSentence(notice: DeletedProductNotice): string {
  return `${notice.ref} was deleted on ${notice.deletedAt.toISOString().slice(0, 10)}${notice.deletedBy ? ` by ${notice.deletedBy}` : ""}`;
}

/**
 * The error for an address with no product: gone when a product was deleted there, else not found.
 * The API and the edit form both show its message, so it names no way of creating the product again.
 */
export async function missingProductError(db: Reader, domainSlug: string, name: string): Promise<NotFoundError> {
  const deleted = await findDeletedProduct(db, domainSlug, name);
  return deleted ? new GoneError(deletionSentence(deleted)) : new NotFoundError(`No data product ${domainSlug}/${name}`);
}
