import { defineConfig } from "prisma/config";

// DATABASE_URL is only needed by Prisma CLI commands that talk to a database (rare here:
// migrations are applied by lib/db/migrate.ts). `prisma generate` needs none.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/meshwork" },
});
