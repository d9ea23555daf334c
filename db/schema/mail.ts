import { foreignKey, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { events } from "./meetings";
import { networks } from "./networks";

/** Messages kept instead of sent when no SMTP_URL is set (development, tests). */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    /** Attached files (e.g. an invitation's .ics), content in base64. */
    attachments: jsonb()
      .$type<{ filename: string; contentType: string; contentBase64: string }[]>()
      .notNull()
      .default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.to), index().on(t.createdAt)],
);

/**
 * Every outgoing mail when SMTP_URL is set, written in the transaction of the change that causes
 * it and sent by the worker of server/mail/queue.ts (docs/decisions/0023-mail-queue.md). network_id
 * and event_id say which network and meeting a mail belongs to, when it does (the meeting's
 * mailing log); a password reset has neither.
 */
export const mailQueue = pgTable(
  "mail_queue",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid().references(() => networks.id, { onDelete: "cascade" }),
    eventId: uuid(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    attachments: jsonb().$type<{ filename: string; contentType: string; contentBase64: string }[]>().notNull().default([]),
    /** pending: to send (again) at next_attempt_at; sending: claimed until locked_until; sent; failed: gave up. */
    status: text({ enum: ["pending", "sending", "sent", "failed"] }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    /** Every delivery attempt: when, and the error when it failed (no table: attempts belong to their mail). */
    attemptLog: jsonb().$type<{ at: string; ok: boolean; error?: string }[]>().notNull().default([]),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.status, t.nextAttemptAt),
    index().on(t.networkId, t.eventId),
    foreignKey({
      name: "mail_queue_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete("cascade"),
  ],
);
