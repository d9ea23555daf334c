// npm run db:migrate – apply the committed migrations (the server also does it at start).
import { openDb } from "@/db/client";
import { countAppliedMigrations, migrateDatabase } from "@/db/migrate";

const url = process.env.DATABASE_URL || undefined;
const handle = openDb({ url, pgliteDir: process.env.PGLITE_DIR ?? ".data/pglite" });
try {
  await migrateDatabase(handle, url);
  console.log(`Migrations applied (${handle.kind}): ${await countAppliedMigrations(handle.db)}`);
} finally {
  await handle.close();
}
