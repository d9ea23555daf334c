import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { eventStatuses, eventTypes, halfDays, participationStatuses, siteTypes } from "@/lib/domain/enums";
import { users } from "./auth";
import { bytea } from "./custom-types";
import { contacts, organisations } from "./directory";
import { setNullOnly } from "./foreign-keys";
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
export const eventSeries = pgTable(
  "event_series",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    title: text().notNull(),
    eventType: eventType().notNull(),
    /** e.g. { kind: "monthly_weekday", nth: 1, weekday: 2, interval: 1 } or { kind: "weekly", interval: 2 }. */
    rule: jsonb().$type<Record<string, unknown>>().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("event_series_network_id_key").on(t.networkId, t.id)],
);

export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    seriesId: uuid(),
    eventType: eventType().notNull(),
    title: text().notNull(),
    description: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text(),
    address: text(),
    communeId: uuid(),
    onlineUrl: text(),
    siteType: siteType(),
    /** Null: no limit. Never below the confirmed count. */
    capacity: integer(),
    status: eventStatus().notNull().default("planned"),
    /** Who runs it (trainer, host), printed on the attendance sheet. */
    organiserName: text(),
    /** Reminder sent this many minutes before the start (default two days). */
    reminderMinutesBefore: integer().notNull().default(2880),
    /** RFC 5545 SEQUENCE of the calendar entry: +1 on every change that invitees are told about. */
    sequence: integer().notNull().default(0),
    /** Minutes of the meeting, sanitised HTML. */
    minutes: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.startsAt),
    index().on(t.seriesId),
    unique("events_network_id_key").on(t.networkId, t.id),
    // Composite keys (here and in every child table): the database refuses a parent of another network.
    foreignKey({
      name: "events_series_id_network_fk",
      columns: [t.networkId, t.seriesId],
      foreignColumns: [eventSeries.networkId, eventSeries.id],
    }).onDelete(setNullOnly("series_id")),
    foreignKey({
      name: "events_commune_id_network_fk",
      columns: [t.networkId, t.communeId],
      foreignColumns: [communes.networkId, communes.id],
    }).onDelete(setNullOnly("commune_id")),
  ],
);

export const eventAgendaItems = pgTable(
  "event_agenda_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    eventId: uuid().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    durationMinutes: integer(),
    speakerContactId: uuid(),
  },
  (t) => [
    index().on(t.eventId, t.position),
    foreignKey({
      name: "event_agenda_items_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "event_agenda_items_speaker_contact_id_network_fk",
      columns: [t.networkId, t.speakerContactId],
      foreignColumns: [contacts.networkId, contacts.id],
    }).onDelete(setNullOnly("speaker_contact_id")),
  ],
);

export const participations = pgTable(
  "participations",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    eventId: uuid().notNull(),
    contactId: uuid().notNull(),
    /** The contact's organisation when invited: figures stay true if they move later. */
    organisationId: uuid(),
    status: participationStatus().notNull().default("invited"),
    invitedAt: timestamp({ withTimezone: true }),
    answeredAt: timestamp({ withTimezone: true }),
    answerMessage: text(),
    /** "Excusé·e, représenté·e par …" (councils): who speaks for an excused member. */
    representedBy: text(),
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
    unique("participations_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "participations_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "participations_contact_id_network_fk",
      columns: [t.networkId, t.contactId],
      foreignColumns: [contacts.networkId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "participations_organisation_id_network_fk",
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete(setNullOnly("organisation_id")),
  ],
);

/** One signature per participant and half-day on the attendance sheet (feuille d'émargement). */
export const signatures = pgTable(
  "signatures",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    participationId: uuid().notNull(),
    halfDay: halfDay().notNull(),
    signedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    method: text({ enum: ["on_screen", "paper"] }).notNull(),
    /** The drawn signature as an SVG path or PNG data URL (on-screen method). */
    image: text(),
  },
  (t) => [
    unique("signatures_participation_half_day_key").on(t.participationId, t.halfDay),
    foreignKey({
      name: "signatures_participation_id_network_fk",
      columns: [t.networkId, t.participationId],
      foreignColumns: [participations.networkId, participations.id],
    }).onDelete("cascade"),
  ],
);

export const eventAttachments = pgTable(
  "event_attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    eventId: uuid().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    content: bytea().notNull(),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.eventId),
    foreignKey({
      name: "event_attachments_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete("cascade"),
  ],
);

/** Private calendar subscriptions: the network's agenda, or one person's events. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    kind: text({ enum: ["network", "contact"] }).notNull(),
    contactId: uuid(),
    tokenHash: text().notNull().unique(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.networkId),
    foreignKey({
      name: "calendar_feeds_contact_id_network_fk",
      columns: [t.networkId, t.contactId],
      foreignColumns: [contacts.networkId, contacts.id],
    }).onDelete("cascade"),
  ],
);
