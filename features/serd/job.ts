// The SERD digest job inside the app: every 15 minutes, in each server process; it queues each
// reviewer's daily digest once a Paris day (serd/notifications.ts claims it). `npm run
// jobs:serd-digest` runs one round from cron instead. No "server-only" marker: instrumentation
// imports this module.

export const digestIntervalMs = 15 * 60 * 1000;

const globalForJob = globalThis as unknown as { __relaisSerdDigestJob?: ReturnType<typeof setInterval> };

async function tick(): Promise<void> {
  try {
    const [{ getDb }, { getMailer }, { env }, { sendDailyDigests }] = await Promise.all([
      import("@/db/client"),
      import("@/server/mail/mailer"),
      import("@/server/env"),
      import("./notifications"),
    ]);
    const { sent } = await sendDailyDigests(getDb(), { mailer: getMailer(), appUrl: env().APP_URL });
    if (sent) console.log(`[relais] SERD digests: ${sent} queued`);
  } catch (error) {
    console.error("[relais] SERD digest job failed", error);
  }
}

/** Starts the job once per process. */
export function startSerdDigestJob(): void {
  if (globalForJob.__relaisSerdDigestJob) return;
  const timer = setInterval(() => void tick(), digestIntervalMs);
  timer.unref();
  globalForJob.__relaisSerdDigestJob = timer;
}
