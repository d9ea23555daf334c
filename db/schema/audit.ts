import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { auditActions } from "@/lib/domain/audit-actions";
import { networks } from "./networks";

/**
 * The audit trail (docs/decisions/0036-audit-trail.md): one row per sensitive write, written in
 * the transaction of the change. Append-only: a trigger of the migration refuses UPDATE, DELETE
 * and TRUNCATE. network_id is null for platform-level events (sign-in failures, a new network);
 * actor_id and entity_id carry no foreign key on purpose: the log outlives the rows it names.
 * The summary holds ids, roles, statuses and counts, never a password, a token, nor a contact's
 * identity, so that an erasure has nothing to remove from it.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid().references(() => networks.id),
    /** The signed-in user who acted; null for an anonymous request (a failed sign-in). */
    actorId: uuid(),
    action: text({ enum: auditActions }).notNull(),
    /** The table of the row concerned, and its id. */
    entity: text().notNull(),
    entityId: uuid(),
    summary: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.at),
    index().on(t.action, t.at),
    index().on(t.actorId, t.at),
  ],
);
