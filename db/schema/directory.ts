import {
  boolean,
  doublePrecision,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { actorTypes, engagementStatuses, ewwrCategories, legalBases } from "@/lib/domain/enums";
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
    communeId: uuid().references(() => communes.id, { onDelete: "set null" }),
    address: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    website: text(),
    description: text(),
    tags: text().array().notNull().default([]),
    status: engagementStatus().notNull().default("potential"),
    isInternalService: boolean().notNull().default(false),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.networkId, t.name)],
);

export const contacts = pgTable(
  "contacts",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisations.id, { onDelete: "set null" }),
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
    archivedAt: timestamp({ withTimezone: true }),
    erasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.lastName),
    index().on(t.organisationId),
    uniqueIndex("contacts_network_email_key").on(t.networkId, t.email),
  ],
);
