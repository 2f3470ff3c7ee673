import "server-only";
import type { ChangeKind, PrismaClient } from "@/lib/generated/prisma/client";
import type { DataProductSpec } from "@/lib/spec/schema";
import { NotFoundError } from "./errors";

export interface VersionSummary {
  version: number;
  semanticVersion: string;
  changeKind: ChangeKind;
  summary: string | null;
  author: string | null;
  createdAt: Date;
}

/** Every saved version of a product, newest first, without the (large) specs. */
export async function listProductVersionsOrThrow(db: PrismaClient, domain: string, name: string): Promise<{ title: string; versions: VersionSummary[] }> {
  const product = await db.dataProduct.findFirst({
    where: { name, domain: { slug: domain } },
    select: {
      title: true,
      versions: {
        orderBy: { version: "desc" },
        select: { version: true, semanticVersion: true, changeKind: true, summary: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!product) throw new NotFoundError(`No data product ${domain}/${name}`);
  return { title: product.title, versions: product.versions.map(({ author, ...row }) => ({ ...row, author: author?.name ?? null })) };
}

/** The full specs of the given versions of one product, keyed by version number. */
export async function getVersionSpecs(db: PrismaClient, domain: string, name: string, versions: number[]): Promise<Map<number, DataProductSpec>> {
  const rows = await db.productVersion.findMany({
    where: { version: { in: versions }, product: { name, domain: { slug: domain } } },
    select: { version: true, spec: true },
  });
  return new Map(rows.map((row) => [row.version, row.spec as unknown as DataProductSpec]));
}
