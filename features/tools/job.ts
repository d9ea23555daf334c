// The loan reminder job inside the app, next to the meeting reminders (features/meetings/rsvp/job.ts):
// every hour in each server process; sendLoanReminders claims each reminder once. No
// "server-only" marker: instrumentation imports this module.

export const loanReminderIntervalMs = 60 * 60 * 1000;

const globalForJob = globalThis as unknown as { __relaisLoanReminderJob?: ReturnType<typeof setInterval> };

async function tick(): Promise<void> {
  try {
    const [{ getDb }, { getMailer }, { sendLoanReminders }] = await Promise.all([
      import("@/db/client"),
      import("@/server/mail/mailer"),
      import("./reminders"),
    ]);
    const { sent, failed } = await sendLoanReminders(getDb(), getMailer());
    if (sent || failed) console.log(`[relais] loan reminders: ${sent} sent, ${failed} failed`);
  } catch (error) {
    console.error("[relais] loan reminder job failed", error);
  }
}

/** Starts the job once per process (dev reloads and separate bundles share globalThis). */
export function startLoanReminderJob(): void {
  if (globalForJob.__relaisLoanReminderJob) return;
  const timer = setInterval(() => void tick(), loanReminderIntervalMs);
  timer.unref();
  globalForJob.__relaisLoanReminderJob = timer;
}
