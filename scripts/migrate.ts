/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { parseEnv } from "../lib/config/env";
import { applyMigrations } from "../lib/db/migrate";

const env = parseEnv(process.env);
if (!env.DATABASE_URL) {
  console.error("meshwork: set DATABASE_URL to migrate an external database (npm start migrates the embedded one itself).");
  process.exit(1);
}
const applied = await applyMigrations(env.DATABASE_URL, (line) => console.log(`meshwork: ${line}`));
console.log(`meshwork: ${applied.length} migration(s) applied`);
