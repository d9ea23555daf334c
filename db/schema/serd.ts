import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { contributionKinds, serdFormats, serdReviewStatuses } from "@/lib/domain/enums";
import { users } from "./auth";
import { organisations } from "./directory";
import { communes, networks } from "./networks";

export const serdFormat = pgEnum("serd_format", serdFormats);
export const serdReviewStatus = pgEnum("serd_review_status", serdReviewStatuses);
export const contributionKind = pgEnum("contribution_kind", contributionKinds);

const networkRef = () =>
  uuid()
    .notNull()
    .references(() => networks.id, { onDelete: "cascade" });

/** A network's SERD edition: the week's dates are data, entered per edition, never computed. */
export const serdEditions = pgTable(
  "serd_editions",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    year: integer().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    registrationOpensOn: date().notNull(),
    registrationClosesOn: date().notNull(),
    /** Optional earlier deadline set by the network for its partners. */
    networkDeadline: date(),
    nationalTheme: text(),
    ewwrFocus: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("serd_editions_network_year_key").on(t.networkId, t.year)],
);

export const serdActions = pgTable(
  "serd_actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    editionId: uuid()
      .notNull()
      .references(() => serdEditions.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text(),
    /** Keys of serdThemes. */
    themes: text().array().notNull().default([]),
    format: serdFormat(),
    /** Keys of serdPublics. */
    targetPublics: text().array().notNull().default([]),
    leadOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    freeEntry: boolean().notNull().default(false),
    nonProfit: boolean().notNull().default(false),
    awardsOptIn: boolean().notNull().default(false),
    status: serdReviewStatus().notNull().default("draft"),
    /** Incremented by every write: a reviewer working on a stale version is told, nothing is overwritten. */
    version: integer().notNull().default(1),
    /** After the week: a short account of how it went. */
    resultAccount: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.networkId, t.editionId, t.status), index().on(t.leadOrganisationId)],
);

export const serdActionCoorganisers = pgTable(
  "serd_action_coorganisers",
  {
    networkId: networkRef(),
    actionId: uuid()
      .notNull()
      .references(() => serdActions.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.organisationId] }), index().on(t.organisationId)],
);

export const serdOccurrences = pgTable(
  "serd_occurrences",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    actionId: uuid()
      .notNull()
      .references(() => serdActions.id, { onDelete: "cascade" }),
    date: date().notNull(),
    startTime: time(),
    endTime: time(),
    place: text(),
    address: text(),
    communeId: uuid().references(() => communes.id, { onDelete: "set null" }),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    expectedParticipants: integer(),
    actualParticipants: integer(),
  },
  (t) => [index().on(t.actionId), index().on(t.networkId, t.date)],
);

/** Every step of an action's review, with the reviewer's or author's comment. */
export const serdActionHistory = pgTable(
  "serd_action_history",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    actionId: uuid()
      .notNull()
      .references(() => serdActions.id, { onDelete: "cascade" }),
    kind: text({ enum: ["created", "edited", "submitted", "changes_requested", "labelled", "rejected", "comment", "results"] }).notNull(),
    fromStatus: serdReviewStatus(),
    toStatus: serdReviewStatus(),
    comment: text(),
    byUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.actionId, t.at)],
);

/** A partner's valued spending (dépense valorisée) for an edition or one of its actions. */
export const contributions = pgTable(
  "contributions",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    editionId: uuid()
      .notNull()
      .references(() => serdEditions.id, { onDelete: "cascade" }),
    actionId: uuid().references(() => serdActions.id, { onDelete: "set null" }),
    kind: contributionKind().notNull(),
    amountEur: numeric({ precision: 12, scale: 2 }).notNull(),
    days: numeric({ precision: 6, scale: 2 }),
    description: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.networkId, t.editionId)],
);
