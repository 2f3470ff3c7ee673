import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/catalog/errors";
import { loadCaller } from "./caller";
import type { Caller } from "./permissions";

const PREFIX = "mw_";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Returns the token once; only its hash is stored. A token carries exactly its user's rights. */
export async function createApiToken(caller: Caller, name: string, expiresAt?: Date) {
  const token = `${PREFIX}${randomBytes(24).toString("base64url")}`;
  const row = await prisma.apiToken.create({
    data: { userId: caller.userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10), expiresAt: expiresAt ?? null },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true },
  });
  return { ...row, token };
}

export async function listApiTokens(caller: Caller) {
  return prisma.apiToken.findMany({
    where: { userId: caller.userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
}

/** Only the token's owner may revoke it. */
export async function revokeApiToken(caller: Caller, id: number) {
  const { count } = await prisma.apiToken.updateMany({ where: { id, userId: caller.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new NotFoundError("No such token");
}

export async function callerFromApiToken(token: string): Promise<Caller | null> {
  const row = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, revokedAt: true, expiresAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < new Date())) return null;
  // Recording every use would turn each API read into a write; once a minute is enough to show activity.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return loadCaller(row.userId);
}
