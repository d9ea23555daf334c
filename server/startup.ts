import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env, EnvError } from "@/server/env";

export async function startServer() {
  let e;
  try {
    e = env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n[relais] ${error.message}\n`);
      // A misconfigured production server must not start at all.
      process.exit(1);
    }
    throw error;
  }
  const handle = getDbHandle();
  const started = Date.now();
  await migrateDatabase(handle, e.DATABASE_URL);
  console.log(`[relais] database ready (${handle.kind}) in ${Date.now() - started} ms`);
  return { handle, env: e };
}
