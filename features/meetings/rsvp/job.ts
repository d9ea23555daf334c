// The reminder job inside the app: every 5 minutes, in each server process. Several instances
// may run it at once; sendDueReminders claims each reminder once. No "server-only" marker:
// server/startup.ts (instrumentation) imports this module.

export const reminderIntervalMs = 5 * 60 * 1000;

const globalForJob = globalThis as unknown as { __relaisReminderJob?: ReturnType<typeof setInterval> };

async function tick(): Promise<void> {
  try {
    const [{ getDb }, { getMailer }, { sendDueReminders }] = await Promise.all([
      import("@/db/client"),
      import("@/server/mail/mailer"),
      import("./reminders"),
    ]);
    const { sent, failed } = await sendDueReminders(getDb(), getMailer());
    if (sent || failed) console.log(`[relais] reminders: ${sent} sent, ${failed} failed`);
  } catch (error) {
    console.error("[relais] reminder job failed", error);
  }
}

/** Starts the job once per process (dev reloads and separate bundles share globalThis). */
export function startReminderJob(): void {
  if (globalForJob.__relaisReminderJob) return;
  const timer = setInterval(() => void tick(), reminderIntervalMs);
  // Never keeps the process alive on its own (scripts, tests, shutdown).
  timer.unref();
  globalForJob.__relaisReminderJob = timer;
}
