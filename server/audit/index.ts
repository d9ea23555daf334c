import "server-only";
import { auditLog } from "@/db/schema";
import type { Db } from "@/db/types";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { currentActorId } from "./actor";

export { withActor, currentActorId } from "./actor";

type Summary = Record<string, string | number | boolean | null | undefined>;

export type AuditEntry = {
  /** null for a platform-level event (sign-in failures, a new network). */
  networkId: string | null;
  action: AuditAction;
  /** The table of the row concerned, and its id. */
  entity: string;
  entityId?: string | null;
  /** What changed: ids, roles, statuses, counts. Never a password, a token, nor a person's identity. */
  summary?: Summary;
  /** Defaults to the user of the access wrapper the call runs in. */
  actorId?: string | null;
};

const forbiddenKeys = /pass|token|secret|hash|email|phone|name/i;

/**
 * Appends one entry to the audit trail (docs/decisions/0036-audit-trail.md). Pass the
 * transaction of the change: the entry commits or rolls back with it. A summary key that looks
 * like a secret or an identity is a programming error, refused here rather than stored.
 */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  const summary: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(entry.summary ?? {})) {
    if (forbiddenKeys.test(key)) throw new Error(`audit summary may not hold "${key}"`);
    if (value !== undefined) summary[key] = value;
  }
  await db.insert(auditLog).values({
    networkId: entry.networkId,
    actorId: entry.actorId === undefined ? currentActorId() : entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    summary,
  });
}
