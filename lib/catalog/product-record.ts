import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Everything needed to turn a stored product back into its spec. */
export const productRecordInclude = {
  domain: { select: { slug: true } },
  owningTeam: { select: { slug: true } },
  owner: { select: { email: true } },
  steward: { select: { email: true } },
  inputPorts: { orderBy: { position: "asc" }, include: { sourceSystem: { select: { slug: true } } } },
  outputPorts: { orderBy: { position: "asc" } },
  schema: { select: { fields: true } },
  slos: true,
  qualityChecks: { orderBy: { position: "asc" } },
  accessRoles: { orderBy: { id: "asc" } },
} satisfies Prisma.DataProductInclude;

export type ProductRecord = Prisma.DataProductGetPayload<{ include: typeof productRecordInclude }>;
