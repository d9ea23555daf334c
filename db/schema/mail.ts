import { foreignKey, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { events } from "./meetings";
import { serdActions } from "./serd";
import { toolReservations } from "./tools";
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
 * mailing log); serd_action_id and reservation_id file a review mail under its SERD action and a
 * loan reminder under its reservation; a password reset has none.
 */
export const mailQueue = pgTable(
  "mail_queue",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid().references(() => networks.id, { onDelete: "cascade" }),
    eventId: uuid(),
    serdActionId: uuid(),
    reservationId: uuid(),
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
    index().on(t.networkId, t.serdActionId),
    index().on(t.networkId, t.reservationId),
    foreignKey({
      name: "mail_queue_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "mail_queue_serd_action_id_network_fk",
      columns: [t.networkId, t.serdActionId],
      foreignColumns: [serdActions.networkId, serdActions.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "mail_queue_reservation_id_network_fk",
      columns: [t.networkId, t.reservationId],
      foreignColumns: [toolReservations.networkId, toolReservations.id],
    }).onDelete("cascade"),
  ],
);
