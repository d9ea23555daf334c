// The mail worker inside the app: every 30 seconds, in each server process; several instances
// may run it at once (claims use FOR UPDATE SKIP LOCKED). `npm run jobs:mail` runs one round from
// cron instead. No "server-only" marker: instrumentation imports this module.

export const mailIntervalMs = 30_000;

const globalForJob = globalThis as unknown as { __relaisMailJob?: ReturnType<typeof setInterval> };

async function tick(): Promise<void> {
  try {
    const [{ getDb }, { deploymentTransport }, { deliverDue }] = await Promise.all([
      import("@/db/client"),
      import("./mailer"),
      import("./queue"),
    ]);
    const transport = deploymentTransport();
    if (!transport) return;
    const { sent, failed } = await deliverDue(getDb(), transport);
    if (sent || failed) console.log(`[relais] mail: ${sent} sent, ${failed} failed (retried later)`);
  } catch (error) {
    console.error("[relais] mail job failed", error);
  }
}

/** Starts the job once per process. */
export function startMailJob(): void {
  if (globalForJob.__relaisMailJob) return;
  const timer = setInterval(() => void tick(), mailIntervalMs);
  timer.unref();
  globalForJob.__relaisMailJob = timer;
}
