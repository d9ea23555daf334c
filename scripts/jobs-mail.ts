// Sends the queued mails that are due (server/mail/queue.ts), once, and exits. For a cron entry
// next to (or instead of) the in-app worker, e.g. every minute: * * * * * cd /srv/relais && npm run jobs:mail
// Several runs at once (cron plus app instances) never send a mail twice (FOR UPDATE SKIP LOCKED).
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
  const [{ getDbHandle }, { deploymentTransport }, { deliverDue }] = await Promise.all([
    import("@/db/client"),
    import("@/server/mail/mailer"),
    import("@/server/mail/queue"),
  ]);
  const transport = deploymentTransport();
  if (!transport) {
    console.log("SMTP_URL non défini : rien à envoyer (boîte d'envoi) / no SMTP_URL: nothing to send.");
    return;
  }
  const handle = getDbHandle();
  try {
    const { sent, failed } = await deliverDue(handle.db, transport, { limit: 500 });
    console.log(`Courriels envoyés / mails sent: ${sent}; échecs (réessayés) / failed (retried): ${failed}.`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Échec de l'envoi / mail run failed:", error);
  process.exitCode = 1;
});
