/** `npm run db:seed`: loads the demo mesh into DATABASE_URL if that database is empty. */
import { parseEnv } from "../lib/config/env";
import { applyMigrations } from "../lib/db/migrate";
import { seedDemoMeshIfEmpty } from "./seed-demo";

const env = parseEnv(process.env);
if (!env.DATABASE_URL) {
  console.error("meshwork: set DATABASE_URL to seed an external database (npm start seeds the embedded one itself).");
  process.exit(1);
}
await applyMigrations(env.DATABASE_URL);
const seeded = await seedDemoMeshIfEmpty(env.DATABASE_URL);
console.log(seeded ? `meshwork: loaded ${seeded.products} data products in ${seeded.domains} domains` : "meshwork: the database already has data; nothing loaded");
