import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import {
  itemConditions,
  reservationStatuses,
  resourceKinds,
  resourceStatuses,
} from "@/lib/domain/tools";
import { users } from "./auth";
import { organisations } from "./directory";
import { setNullOnly } from "./foreign-keys";
import { events } from "./meetings";
import { networks } from "./networks";
import { serdActions } from "./serd";
import { storedFiles } from "./storage";
import { trainingModules } from "./training";

// Shared tools: the resource library (documents, links, notes, fiches méthodes), kits lent
// between member collectivities, their reservations and loans. See docs/decisions/0020.

export const resourceKind = pgEnum("resource_kind", resourceKinds);
export const resourceStatus = pgEnum("resource_status", resourceStatuses);
export const itemCondition = pgEnum("item_condition", itemConditions);
export const reservationStatus = pgEnum("reservation_status", reservationStatuses);

const networkRef = () =>
  uuid()
    .notNull()
    .references(() => networks.id, { onDelete: "cascade" });

/** A folder of the library ("Programmes SERD", "Outils du mois"). */
export const toolCollections = pgTable(
  "tool_collections",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("tool_collections_network_id_key").on(t.networkId, t.id),
    unique("tool_collections_network_name_key").on(t.networkId, t.name),
  ],
);

export const toolResources = pgTable(
  "tool_resources",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    kind: resourceKind().notNull(),
    title: text().notNull(),
    description: text(),
    /** Keys of serdThemes. */
    themes: text().array().notNull().default([]),
    /** The network's own words. */
    tags: text().array().notNull().default([]),
    /** Keys of serdPublics. */
    publics: text().array().notNull().default([]),
    /** Keys of resourceFormats. */
    formats: text().array().notNull().default([]),
    ownerOrganisationId: uuid(),
    collectionId: uuid(),
    status: resourceStatus().notNull().default("published"),
    /** A link's address (http or https only). */
    url: text(),
    /** A note's text. */
    body: text(),
    /** A document's file (server/storage), its original name. */
    fileId: uuid(),
    fileName: text(),
    /** Lower-case, accent-free title, description and tags: what the library search matches. */
    searchText: text().notNull().default(""),
    sharedById: uuid().references(() => users.id, { onDelete: "set null" }),
    publishedById: uuid().references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.status, t.createdAt),
    unique("tool_resources_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "tool_resources_owner_organisation_id_network_fk",
      columns: [t.networkId, t.ownerOrganisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete(setNullOnly("owner_organisation_id")),
    foreignKey({
      name: "tool_resources_collection_id_network_fk",
      columns: [t.networkId, t.collectionId],
      foreignColumns: [toolCollections.networkId, toolCollections.id],
    }).onDelete(setNullOnly("collection_id")),
    foreignKey({
      name: "tool_resources_file_id_network_fk",
      columns: [t.networkId, t.fileId],
      foreignColumns: [storedFiles.networkId, storedFiles.id],
    }).onDelete(setNullOnly("file_id")),
  ],
);

/** One row per download or opening of a link: the "most used" order and the figures count these. */
export const toolResourceDownloads = pgTable(
  "tool_resource_downloads",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    resourceId: uuid().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.resourceId),
    foreignKey({
      name: "tool_resource_downloads_resource_id_network_fk",
      columns: [t.networkId, t.resourceId],
      foreignColumns: [toolResources.networkId, toolResources.id],
    }).onDelete("cascade"),
  ],
);

/** The sections of a fiche méthode (a resource of kind method_sheet). */
export const methodSheets = pgTable(
  "method_sheets",
  {
    resourceId: uuid().primaryKey(),
    networkId: networkRef(),
    context: text().notNull().default(""),
    whatWasDone: text().notNull().default(""),
    means: text().notNull().default(""),
    results: text().notNull().default(""),
    tips: text().notNull().default(""),
    contact: text().notNull().default(""),
  },
  (t) => [
    foreignKey({
      name: "method_sheets_resource_id_network_fk",
      columns: [t.networkId, t.resourceId],
      foreignColumns: [toolResources.networkId, toolResources.id],
    }).onDelete("cascade"),
  ],
);

export const methodSheetAuthors = pgTable(
  "method_sheet_authors",
  {
    networkId: networkRef(),
    resourceId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.resourceId, t.userId] }),
    foreignKey({
      name: "method_sheet_authors_resource_id_network_fk",
      columns: [t.networkId, t.resourceId],
      foreignColumns: [toolResources.networkId, toolResources.id],
    }).onDelete("cascade"),
  ],
);

/**
 * A resource shown on a meeting's page ("outil partagé du mois"), a SERD action's (the kit used)
 * or a training module's (the course material): exactly one of the three.
 */
export const toolResourceAttachments = pgTable(
  "tool_resource_attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    resourceId: uuid().notNull(),
    eventId: uuid(),
    serdActionId: uuid(),
    trainingModuleId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.eventId),
    index().on(t.serdActionId),
    index().on(t.trainingModuleId),
    unique("tool_resource_attachments_event_key").on(t.resourceId, t.eventId),
    unique("tool_resource_attachments_action_key").on(t.resourceId, t.serdActionId),
    unique("tool_resource_attachments_module_key").on(t.resourceId, t.trainingModuleId),
    check(
      "tool_resource_attachments_one_target",
      sql`num_nonnulls(${t.eventId}, ${t.serdActionId}, ${t.trainingModuleId}) = 1`,
    ),
    foreignKey({
      name: "tool_resource_attachments_resource_id_network_fk",
      columns: [t.networkId, t.resourceId],
      foreignColumns: [toolResources.networkId, toolResources.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "tool_resource_attachments_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "tool_resource_attachments_serd_action_id_network_fk",
      columns: [t.networkId, t.serdActionId],
      foreignColumns: [serdActions.networkId, serdActions.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "tool_resource_attachments_training_module_id_network_fk",
      columns: [t.networkId, t.trainingModuleId],
      foreignColumns: [trainingModules.networkId, trainingModules.id],
    }).onDelete("cascade"),
  ],
);

/** Something lent between collectivities: an item, or a kit of components. */
export const toolItems = pgTable(
  "tool_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    name: text().notNull(),
    description: text(),
    /** What a kit holds, one component per entry. */
    components: text().array().notNull().default([]),
    ownerOrganisationId: uuid().notNull(),
    /** Where it is kept. */
    location: text(),
    condition: itemCondition().notNull().default("good"),
    /** A loan lasts at most this many days (check-out day and return day included). */
    maxLoanDays: integer().notNull().default(14),
    lendable: boolean().notNull().default(true),
    /** Instructions: a resource of the library. */
    instructionsResourceId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("tool_items_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "tool_items_owner_organisation_id_network_fk",
      columns: [t.networkId, t.ownerOrganisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete("restrict"),
    foreignKey({
      name: "tool_items_instructions_resource_id_network_fk",
      columns: [t.networkId, t.instructionsResourceId],
      foreignColumns: [toolResources.networkId, toolResources.id],
    }).onDelete(setNullOnly("instructions_resource_id")),
  ],
);

/** A photo of a kit: an image file of the storage module, shown on the kit's page in `position` order. */
export const toolItemPhotos = pgTable(
  "tool_item_photos",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    itemId: uuid().notNull(),
    fileId: uuid().notNull(),
    /** Text alternative typed by who added it (RGAA 1.1). */
    alt: text().notNull(),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.itemId, t.position),
    unique("tool_item_photos_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "tool_item_photos_item_id_network_fk",
      columns: [t.networkId, t.itemId],
      foreignColumns: [toolItems.networkId, toolItems.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "tool_item_photos_file_id_network_fk",
      columns: [t.networkId, t.fileId],
      foreignColumns: [storedFiles.networkId, storedFiles.id],
    }).onDelete("cascade"),
  ],
);

/**
 * A request for an item over whole days [startsOn, endsOn]. Confirmed periods of one item never
 * overlap: an exclusion constraint added by hand in the migration (drizzle has no syntax for it),
 * `tool_reservations_no_overlap`, refuses the second one whatever the code does.
 */
export const toolReservations = pgTable(
  "tool_reservations",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    itemId: uuid().notNull(),
    borrowerOrganisationId: uuid().notNull(),
    requestedById: uuid().references(() => users.id, { onDelete: "set null" }),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    status: reservationStatus().notNull().default("requested"),
    /** Why the owner refused, or why the request could not be confirmed. */
    decisionNote: text(),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    /** Where the kit will be used (optional). */
    eventId: uuid(),
    serdActionId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.itemId, t.startsOn),
    index().on(t.networkId, t.borrowerOrganisationId),
    unique("tool_reservations_network_id_key").on(t.networkId, t.id),
    check("tool_reservations_period_check", sql`${t.endsOn} >= ${t.startsOn}`),
    foreignKey({
      name: "tool_reservations_item_id_network_fk",
      columns: [t.networkId, t.itemId],
      foreignColumns: [toolItems.networkId, toolItems.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "tool_reservations_borrower_organisation_id_network_fk",
      columns: [t.networkId, t.borrowerOrganisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "tool_reservations_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete(setNullOnly("event_id")),
    foreignKey({
      name: "tool_reservations_serd_action_id_network_fk",
      columns: [t.networkId, t.serdActionId],
      foreignColumns: [serdActions.networkId, serdActions.id],
    }).onDelete(setNullOnly("serd_action_id")),
  ],
);

/** The kit leaving its owner (check-out) and coming back (return), for a confirmed reservation. */
export const toolLoans = pgTable(
  "tool_loans",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    reservationId: uuid().notNull().unique(),
    itemId: uuid().notNull(),
    checkedOutOn: date({ mode: "string" }).notNull(),
    /** The reservation's last day: after it the loan is overdue. */
    dueOn: date({ mode: "string" }).notNull(),
    returnedOn: date({ mode: "string" }),
    conditionOut: itemCondition().notNull(),
    conditionOnReturn: itemCondition(),
    remark: text(),
    /** The next day an overdue reminder is due (the day before, the due date, then weekly). */
    nextReminderOn: date({ mode: "string" }),
    remindersSent: integer().notNull().default(0),
    checkedOutById: uuid().references(() => users.id, { onDelete: "set null" }),
    returnedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.itemId),
    index().on(t.nextReminderOn),
    check("tool_loans_return_check", sql`${t.returnedOn} is null or ${t.returnedOn} >= ${t.checkedOutOn}`),
    foreignKey({
      name: "tool_loans_reservation_id_network_fk",
      columns: [t.networkId, t.reservationId],
      foreignColumns: [toolReservations.networkId, toolReservations.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "tool_loans_item_id_network_fk",
      columns: [t.networkId, t.itemId],
      foreignColumns: [toolItems.networkId, toolItems.id],
    }).onDelete("cascade"),
  ],
);
