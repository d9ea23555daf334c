// Runs once per server process, before the first request: validate the environment, apply
// migrations, and load the demo network into an empty development database.
export async function register() {
  // The one process.env read outside server/env.ts: Next.js inlines NEXT_RUNTIME per bundle, and
  // only this literal comparison lets it drop the Node.js-only start-up code from the edge bundle.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The socket's address for the sign-in limits, before the first request is read.
  const { installPeerAddressHeader } = await import("@/server/http/peer-address");
  installPeerAddressHeader();
  const { startServer } = await import("@/server/startup");
  const { handle, env } = await startServer();
  // Reminder emails before meetings: every 5 minutes, each sent once even with several instances.
  const { startReminderJob } = await import("@/features/meetings/rsvp/job");
  startReminderJob();
  // Reminders of kits to bring back (the day before, on the due day, then weekly).
  const { startLoanReminderJob } = await import("@/features/tools/job");
  startLoanReminderJob();
  // Reviewers' daily digests of SERD submissions (those who chose one), once a Paris day.
  const { startSerdDigestJob } = await import("@/features/serd/job");
  startSerdDigestJob();
  // Queued mails (with SMTP_URL): every 30 seconds, each sent once even with several instances.
  const { startMailJob } = await import("@/server/mail/job");
  startMailJob();
  // Audit entries past AUDIT_RETENTION_DAYS: deleted once a day (the trigger's only exception).
  const { startAuditRetentionJob } = await import("@/server/audit/job");
  startAuditRetentionJob();
  const seed = env.SEED_DEMO === "true" || (env.SEED_DEMO === "auto" && env.NODE_ENV === "development");
  if (seed) {
    const { seedDemo } = await import("@/scripts/seed/index");
    const { created } = await seedDemo(handle.db);
    if (created) console.log("[relais] demo networks loaded (see README for the demo accounts)");
  }
}
