import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env, EnvError } from "@/lib/env";

export async function startServer(): Promise<void> {
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
  // Reminder emails before meetings: every 5 minutes, each sent once even with several instances.
  const { startReminderJob } = await import("@/features/rsvp/job");
  startReminderJob();
  const seed = e.SEED_DEMO === "true" || (e.SEED_DEMO === "auto" && e.NODE_ENV === "development");
  if (seed) {
    const { seedDemo } = await import("@/db/seed");
    const { created } = await seedDemo(handle.db);
    if (created) console.log("[relais] demo networks loaded (see README for the demo accounts)");
  }
}
