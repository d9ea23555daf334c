import "server-only";
import { lt, sql } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { executeRows } from "@/db/execute";
import type { Db } from "@/db/types";
import { auditRetentionFloorDays } from "@/server/env";
import { audit } from "./index";

const dayMs = 86_400_000;

/**
 * Deletes the audit entries older than the retention (docs/decisions/0037-audit-retention.md), in
 * one transaction that opens the trigger's only exception: `relais.audit_purge_before`, local to
 * the transaction, names the cutoff, and the database deletes nothing newer than it nor anything
 * if it is less than 180 days ago. The purge records itself (how many, before when), so the log
 * says it was shortened and by whom (the job: no actor).
 */
export async function purgeAuditLog(
  db: Db,
  { retentionDays, now = new Date() }: { retentionDays: number; now?: Date },
): Promise<{ deleted: number; before: Date }> {
  if (!Number.isInteger(retentionDays) || retentionDays < auditRetentionFloorDays)
    throw new Error(`audit retention must be a whole number of days, at least ${auditRetentionFloorDays}`);
  const before = new Date(now.getTime() - retentionDays * dayMs);
  return db.transaction(async (tx) => {
    await executeRows(tx, sql`select set_config('relais.audit_purge_before', ${before.toISOString()}, true)`);
    const deleted = (await tx.delete(auditLog).where(lt(auditLog.at, before)).returning({ id: auditLog.id })).length;
    if (deleted > 0)
      await audit(tx, {
        networkId: null,
        actorId: null,
        action: "audit.purged",
        entity: "audit_log",
        summary: { deleted, before: before.toISOString().slice(0, 10), retentionDays },
      });
    return { deleted, before };
  });
}
