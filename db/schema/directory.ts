import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { actorTypes, engagementStatuses, ewwrCategories, legalBases } from "@/lib/domain/enums";
import { users } from "./auth";
import { setNullOnly } from "./foreign-keys";
import { communes, networks } from "./networks";

export const actorType = pgEnum("actor_type", actorTypes);
export const ewwrCategory = pgEnum("ewwr_category", ewwrCategories);
export const engagementStatus = pgEnum("engagement_status", engagementStatuses);
export const legalBasis = pgEnum("legal_basis", legalBases);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    name: text().notNull(),
    actorType: actorType().notNull(),
    /** Null means "derived from the actor type". */
    ewwrCategoryOverride: ewwrCategory(),
    communeId: uuid(),
    address: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    website: text(),
    description: text(),
    tags: text().array().notNull().default([]),
    status: engagementStatus().notNull().default("potential"),
    isInternalService: boolean().notNull().default(false),
    /** Lower-case, accent-free name, tags and description words: what the directory search matches. */
    searchText: text().notNull().default(""),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.name),
    unique("organisations_network_id_key").on(t.networkId, t.id),
    // Composite keys (here and in every child table): the database refuses a parent of another network.
    foreignKey({
      name: "organisations_commune_id_network_fk",
      columns: [t.networkId, t.communeId],
      foreignColumns: [communes.networkId, communes.id],
    }).onDelete(setNullOnly("commune_id")),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    organisationId: uuid(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    /** Lower-case; unique within a network. */
    email: text(),
    phone: text(),
    jobTitle: text(),
    isRelayActor: boolean().notNull().default(false),
    isAmbassador: boolean().notNull().default(false),
    legalBasis: legalBasis().notNull().default("public_task"),
    consentNewsletterAt: timestamp({ withTimezone: true }),
    consentPublicListingAt: timestamp({ withTimezone: true }),
    consentPhotosAt: timestamp({ withTimezone: true }),
    lastInteractionAt: timestamp({ withTimezone: true }),
    source: text(),
    /** Lower-case, accent-free names, email, job title and organisation name. */
    searchText: text().notNull().default(""),
    archivedAt: timestamp({ withTimezone: true }),
    erasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.lastName),
    index().on(t.organisationId),
    uniqueIndex("contacts_network_email_key").on(t.networkId, t.email),
    unique("contacts_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "contacts_organisation_id_network_fk",
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete(setNullOnly("organisation_id")),
  ],
);

/** Every change of an organisation's engagement status: who, when, from, to. */
export const organisationStatusChanges = pgTable(
  "organisation_status_changes",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    organisationId: uuid().notNull(),
    /** Null for the status given at creation. */
    fromStatus: engagementStatus(),
    toStatus: engagementStatus().notNull(),
    changedById: uuid().references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.organisationId, t.changedAt),
    foreignKey({
      name: "organisation_status_changes_organisation_id_network_fk",
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete("cascade"),
  ],
);

/** A named directory filter ("tous les acteurs relais"), reused to invite people to meetings. */
export const segments = pgTable(
  "segments",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: text({ enum: ["organisations", "contacts"] }).notNull(),
    /** The list's query-string filters, as parsed by the directory filter schema. */
    filters: jsonb().$type<Record<string, string>>().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("segments_network_name_key").on(t.networkId, t.name)],
);

/** The record that an erasure happened, without the erased data (GDPR art. 17 accountability). */
export const contactErasures = pgTable(
  "contact_erasures",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    contactId: uuid(),
    erasedById: uuid().references(() => users.id, { onDelete: "set null" }),
    reason: text({ enum: ["request", "retention", "other"] }).notNull(),
    erasedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "contact_erasures_contact_id_network_fk",
      columns: [t.networkId, t.contactId],
      foreignColumns: [contacts.networkId, contacts.id],
    }).onDelete(setNullOnly("contact_id")),
  ],
);

/** An uploaded file between the upload, mapping and commit steps of an import. */
export const importBatches = pgTable(
  "import_batches",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: text({ enum: ["organisations", "contacts"] }).notNull(),
    fileName: text().notNull(),
    headers: jsonb().$type<string[]>().notNull(),
    rows: jsonb().$type<string[][]>().notNull(),
    status: text({ enum: ["uploaded", "committed"] })
      .notNull()
      .default("uploaded"),
    createdCount: integer(),
    updatedCount: integer(),
    skippedCount: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.networkId, t.createdAt)],
);
