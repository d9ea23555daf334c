import {
  boolean,
  date,
  doublePrecision,
  foreignKey,
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
import { setNullOnly } from "./foreign-keys";
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
    /**
     * The day by which partners' results are expected. Until then the edition just ended stays the
     * one SERD pages open on; without it, results are due 60 days after the week (serd/editions.ts).
     */
    resultsDueOn: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("serd_editions_network_year_key").on(t.networkId, t.year),
    // Target of the composite foreign keys that keep a child in its parent's network.
    unique("serd_editions_network_id_key").on(t.networkId, t.id),
  ],
);

export const serdActions = pgTable(
  "serd_actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    editionId: uuid().notNull(),
    title: text().notNull(),
    description: text(),
    /** Keys of serdThemes. */
    themes: text().array().notNull().default([]),
    format: serdFormat(),
    /** Keys of serdPublics. */
    targetPublics: text().array().notNull().default([]),
    leadOrganisationId: uuid().notNull(),
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
  (t) => [
    index().on(t.networkId, t.editionId, t.status),
    index().on(t.leadOrganisationId),
    unique("serd_actions_network_id_key").on(t.networkId, t.id),
    // Composite keys (here and in every child table): the database refuses a parent of another network.
    foreignKey({
      name: "serd_actions_edition_id_network_fk",
      columns: [t.networkId, t.editionId],
      foreignColumns: [serdEditions.networkId, serdEditions.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "serd_actions_lead_organisation_id_network_fk",
      columns: [t.networkId, t.leadOrganisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete("restrict"),
  ],
);

export const serdActionCoorganisers = pgTable(
  "serd_action_coorganisers",
  {
    networkId: networkRef(),
    actionId: uuid().notNull(),
    organisationId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.organisationId] }),
    index().on(t.organisationId),
    foreignKey({
      name: "serd_action_coorganisers_action_id_network_fk",
      columns: [t.networkId, t.actionId],
      foreignColumns: [serdActions.networkId, serdActions.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "serd_action_coorganisers_organisation_id_network_fk",
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete("cascade"),
  ],
);

export const serdOccurrences = pgTable(
  "serd_occurrences",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    actionId: uuid().notNull(),
    date: date().notNull(),
    startTime: time(),
    endTime: time(),
    place: text(),
    address: text(),
    communeId: uuid(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    expectedParticipants: integer(),
    actualParticipants: integer(),
  },
  (t) => [
    index().on(t.actionId),
    index().on(t.networkId, t.date),
    foreignKey({
      name: "serd_occurrences_action_id_network_fk",
      columns: [t.networkId, t.actionId],
      foreignColumns: [serdActions.networkId, serdActions.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "serd_occurrences_commune_id_network_fk",
      columns: [t.networkId, t.communeId],
      foreignColumns: [communes.networkId, communes.id],
    }).onDelete(setNullOnly("commune_id")),
  ],
);

/** Every step of an action's review, with the reviewer's or author's comment. */
export const serdActionHistory = pgTable(
  "serd_action_history",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    actionId: uuid().notNull(),
    kind: text({
      enum: [
        "created",
        "edited",
        "submitted",
        "changes_requested",
        "labelled",
        "rejected",
        "comment",
        "results",
      ],
    }).notNull(),
    fromStatus: serdReviewStatus(),
    toStatus: serdReviewStatus(),
    comment: text(),
    byUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.actionId, t.at),
    foreignKey({
      name: "serd_action_history_action_id_network_fk",
      columns: [t.networkId, t.actionId],
      foreignColumns: [serdActions.networkId, serdActions.id],
    }).onDelete("cascade"),
  ],
);

/** A partner's valued spending (dépense valorisée) for an edition or one of its actions. */
export const contributions = pgTable(
  "contributions",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    organisationId: uuid().notNull(),
    editionId: uuid().notNull(),
    actionId: uuid(),
    kind: contributionKind().notNull(),
    amountEur: numeric({ precision: 12, scale: 2 }).notNull(),
    days: numeric({ precision: 6, scale: 2 }),
    description: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.editionId),
    foreignKey({
      name: "contributions_organisation_id_network_fk",
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "contributions_edition_id_network_fk",
      columns: [t.networkId, t.editionId],
      foreignColumns: [serdEditions.networkId, serdEditions.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "contributions_action_id_network_fk",
      columns: [t.networkId, t.actionId],
      foreignColumns: [serdActions.networkId, serdActions.id],
    }).onDelete(setNullOnly("action_id")),
  ],
);

