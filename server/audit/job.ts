// The audit retention inside the app: once a day in each server process (and an hour after the
// start), deleting the entries older than AUDIT_RETENTION_DAYS. Concurrent runs of several
// instances are harmless: a row deleted by one is simply not found by the other.
// `npm run jobs:audit-retention` runs one round from cron instead. No "server-only" marker:
// instrumentation imports this module.

export const auditRetentionIntervalMs = 24 * 3_600_000;
const firstRunMs = 3_600_000;

const globalForJob = globalThis as unknown as { __relaisAuditRetentionJob?: ReturnType<typeof setInterval> };

async function tick(): Promise<void> {
  try {
    const [{ getDb }, { env }, { purgeAuditLog }] = await Promise.all([
      import("@/db/client"),
      import("@/server/env"),
      import("./retention"),
    ]);
    const { deleted } = await purgeAuditLog(getDb(), { retentionDays: env().AUDIT_RETENTION_DAYS });
    if (deleted) console.log(`[relais] audit log: ${deleted} entries past the retention deleted`);
  } catch (error) {
    console.error("[relais] audit retention job failed", error);
  }
}

/** Starts the job once per process. */
export function startAuditRetentionJob(): void {
  if (globalForJob.__relaisAuditRetentionJob) return;
  setTimeout(() => void tick(), firstRunMs).unref();
  const timer = setInterval(() => void tick(), auditRetentionIntervalMs);
  timer.unref();
  globalForJob.__relaisAuditRetentionJob = timer;
}
