import "server-only";
import { createPrismaClient } from "./client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** One client per process; cached on globalThis so dev-mode reloads do not open new pools. */
const globalForPrisma = globalThis as unknown as { meshworkPrisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.meshworkPrisma ??
  (globalForPrisma.meshworkPrisma = createPrismaClient(
    process.env.DATABASE_URL ?? "postgresql://missing-database-url.invalid:5432/meshwork",
  ));

export type Db = PrismaClient;
