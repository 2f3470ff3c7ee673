import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";

/**
 * One PostgreSQL for the integration run: the server at DATABASE_URL if set, else an embedded one
 * under .data/test. Migrations are applied once to a template database; every test file then gets
 * its own copy (CREATE DATABASE … TEMPLATE is a file copy, far faster than migrating again).
 */
export const TEMPLATE_DATABASE = "meshwork_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

let server: RunningPostgres | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "/postgres";
    adminUrl = url.toString();
  } else {
    // One data directory per run, so two test runs on one machine never share (or stop) a server.
    dataDir = `.data/test-${process.pid}`;
    server = await startEmbeddedPostgres(dataDir);
    adminUrl = server.url("postgres");
  }
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE, { recreate: true });
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await applyMigrations(templateUrl.toString());
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);
}

export async function teardown() {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
