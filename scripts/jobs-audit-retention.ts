// Deletes the audit entries older than AUDIT_RETENTION_DAYS (default 365), once, and exits. The
// server also does it once a day; for a cron entry instead, e.g. nightly:
//   15 3 * * * cd /srv/relais && npm run jobs:audit-retention
// The database refuses any other deletion of the log (docs/decisions/0037-audit-retention.md).
// Reads DATABASE_URL (PostgreSQL) or PGLITE_DIR, like the app.

import { register } from "node:module";

// Outside Next.js, "server-only" would throw: the guard module is resolved to an empty one.
const emptyGuard = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(emptyGuard)}`);

async function main(): Promise<void> {
  const [{ getDbHandle }, { env }, { purgeAuditLog }] = await Promise.all([
    import("@/db/client"),
    import("@/server/env"),
    import("@/server/audit/retention"),
  ]);
  const retentionDays = env().AUDIT_RETENTION_DAYS;
  const handle = getDbHandle();
  try {
    const { deleted, before } = await purgeAuditLog(handle.db, { retentionDays });
    const day = before.toISOString().slice(0, 10);
    console.log(
      `Journal d'audit : ${deleted} entrée(s) antérieure(s) au ${day} supprimée(s) (conservation ${retentionDays} jours) / audit log: ${deleted} entries before ${day} deleted.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Échec de la purge du journal d'audit / audit retention run failed:", error);
  process.exitCode = 1;
});
