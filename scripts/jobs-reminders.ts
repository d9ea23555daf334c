// Sends the meeting reminders that are due, once, and exits. For a cron entry next to (or instead
// of) the in-app job, e.g. every 5 minutes: */5 * * * * cd /srv/relais && npm run jobs:reminders
// Several runs at once (cron plus app instances) never send a reminder twice.
// Reads DATABASE_URL (PostgreSQL) or PGLITE_DIR, and SMTP_URL / MAIL_FROM, like the app.

import { register } from "node:module";

// Outside Next.js, "server-only" would throw, and the react-server condition that silences it
// breaks next-intl (the mails' translator): the guard module is resolved to an empty one instead.
const emptyGuard = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(emptyGuard)}`);

async function main(): Promise<void> {
  const [{ getDbHandle }, { sendDueReminders }, { getMailer }] = await Promise.all([
    import("@/db/client"),
    import("@/features/meetings/rsvp/reminders"),
    import("@/server/mail/mailer"),
  ]);
  const handle = getDbHandle();
  try {
    const { sent, failed } = await sendDueReminders(handle.db, getMailer());
    console.log(`Rappels envoyés / reminders sent: ${sent}; échecs / failed: ${failed}.`);
    if (failed) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Échec des rappels / reminder run failed:", error);
  process.exitCode = 1;
});
