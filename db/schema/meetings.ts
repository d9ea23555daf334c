import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { eventStatuses, eventTypes, halfDays, participationStatuses, siteTypes } from "@/lib/domain/enums";
import { users } from "./auth";
import { bytea } from "./custom-types";
import { contacts, organisations } from "./directory";
import { communes, networks } from "./networks";

export const eventType = pgEnum("event_type", eventTypes);
export const siteType = pgEnum("site_type", siteTypes);
export const eventStatus = pgEnum("event_status", eventStatuses);
export const participationStatus = pgEnum("participation_status", participationStatuses);
export const halfDay = pgEnum("half_day", halfDays);

const networkRef = () =>
  uuid()
    .notNull()
    .references(() => networks.id, { onDelete: "cascade" });

/** A recurring meeting ("every first Tuesday", "every two months"); its occurrences are events. */
export const eventSeries = pgTable("event_series", {
  id: uuid().primaryKey().defaultRandom(),
  networkId: networkRef(),
  title: text().notNull(),
  eventType: eventType().notNull(),
  /** e.g. { kind: "monthly_weekday", nth: 1, weekday: 2, interval: 1 } or { kind: "weekly", interval: 2 }. */
  rule: jsonb().$type<Record<string, unknown>>().notNull(),
  createdById: uuid().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    seriesId: uuid().references(() => eventSeries.id, { onDelete: "set null" }),
    eventType: eventType().notNull(),
    title: text().notNull(),
    description: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text(),
    address: text(),
    communeId: uuid().references(() => communes.id, { onDelete: "set null" }),
    onlineUrl: text(),
    siteType: siteType(),
    /** Null: no limit. Never below the confirmed count. */
    capacity: integer(),
    status: eventStatus().notNull().default("planned"),
    /** Who runs it (trainer, host), printed on the attendance sheet. */
    organiserName: text(),
    /** Reminder sent this many minutes before the start (default two days). */
    reminderMinutesBefore: integer().notNull().default(2880),
    /** Minutes of the meeting, sanitised HTML. */
    minutes: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.networkId, t.startsAt), index().on(t.seriesId)],
);

export const eventAgendaItems = pgTable(
  "event_agenda_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text().notNull(),
    durationMinutes: integer(),
    speakerContactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.eventId, t.position)],
);

export const participations = pgTable(
  "participations",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    /** The contact's organisation when invited: figures stay true if they move later. */
    organisationId: uuid().references(() => organisations.id, { onDelete: "set null" }),
    status: participationStatus().notNull().default("invited"),
    invitedAt: timestamp({ withTimezone: true }),
    answeredAt: timestamp({ withTimezone: true }),
    answerMessage: text(),
    /** SHA-256 of the personal answer link's token. */
    rsvpTokenHash: text().unique(),
    /** Order on the waiting list: the time the person asked for a seat. */
    waitlistedAt: timestamp({ withTimezone: true }),
    reminderSentAt: timestamp({ withTimezone: true }),
    checkedInAt: timestamp({ withTimezone: true }),
    /** Came without invitation (added at check-in). */
    walkIn: boolean().notNull().default(false),
    remarks: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("participations_event_contact_key").on(t.eventId, t.contactId),
    index().on(t.networkId, t.contactId),
    index().on(t.eventId, t.status),
  ],
);

/** One signature per participant and half-day on the attendance sheet (feuille d'émargement). */
export const signatures = pgTable(
  "signatures",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    participationId: uuid()
      .notNull()
      .references(() => participations.id, { onDelete: "cascade" }),
    halfDay: halfDay().notNull(),
    signedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    method: text({ enum: ["on_screen", "paper"] }).notNull(),
    /** The drawn signature as an SVG path or PNG data URL (on-screen method). */
    image: text(),
  },
  (t) => [unique("signatures_participation_half_day_key").on(t.participationId, t.halfDay)],
);

export const eventAttachments = pgTable(
  "event_attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    content: bytea().notNull(),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.eventId)],
);

/** Private calendar subscriptions: the network's agenda, or one person's events. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    kind: text({ enum: ["network", "contact"] }).notNull(),
    contactId: uuid().references(() => contacts.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.networkId)],
);
