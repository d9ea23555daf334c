// Queues the reviewers' daily SERD digests that are due, once, and exits. For a cron entry next
// to (or instead of) the in-app job, e.g. every hour: 0 * * * * cd /srv/relais && npm run jobs:serd-digest
// Several runs at once never send a reviewer two digests the same day.
// Reads DATABASE_URL (PostgreSQL) or PGLITE_DIR, and SMTP_URL / MAIL_FROM / APP_URL, like the app.

import { register } from "node:module";

// Outside Next.js, "server-only" would throw, and the react-server condition that silences it
// breaks next-intl (the mails' translator): the guard module is resolved to an empty one instead.
const emptyGuard = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(emptyGuard)}`);

async function main(): Promise<void> {
  const [{ getDbHandle }, { sendDailyDigests }, { getMailer }, { env }] = await Promise.all([
    import("@/db/client"),
    import("@/features/serd/notifications"),
    import("@/server/mail/mailer"),
    import("@/server/env"),
  ]);
  const handle = getDbHandle();
  try {
    const { sent } = await sendDailyDigests(handle.db, { mailer: getMailer(), appUrl: env().APP_URL });
    console.log(`Récapitulatifs SERD envoyés / SERD digests queued: ${sent}.`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Échec des récapitulatifs SERD / SERD digest run failed:", error);
  process.exitCode = 1;
});
