import {
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { completionRules, enrolmentStatuses, trainingCycleStatuses, trainingSessionKinds } from "@/lib/domain/enums";
import { users } from "./auth";
import { contacts } from "./directory";
import { setNullOnly } from "./foreign-keys";
import { events } from "./meetings";
import { networks } from "./networks";

export const trainingCycleStatus = pgEnum("training_cycle_status", trainingCycleStatuses);
export const completionRule = pgEnum("completion_rule", completionRules);
export const enrolmentStatus = pgEnum("enrolment_status", enrolmentStatuses);
export const trainingSessionKind = pgEnum("training_session_kind", trainingSessionKinds);

const networkRef = () =>
  uuid()
    .notNull()
    .references(() => networks.id, { onDelete: "cascade" });

/** A relay-actor training (e.g. "Formation des acteurs relais 2014"). */
export const trainingCycles = pgTable(
  "training_cycles",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    title: text().notNull(),
    description: text(),
    /** Stated operationally: printed on the attestation. */
    objectives: text(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    /** Cohort size; null: no limit. */
    capacity: integer(),
    completionRule: completionRule().notNull().default("every_module"),
    /** For `hours_percent`: the share of planned hours to attend. */
    completionPercent: integer(),
    /** The coordinator is told after this many absences of one trainee. */
    absenceThreshold: integer().notNull().default(2),
    status: trainingCycleStatus().notNull().default("draft"),
    /** SHA-256 of the self-enrolment link's token. */
    enrolmentTokenHash: text().unique(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.networkId, t.startsOn), unique("training_cycles_network_id_key").on(t.networkId, t.id)],
);

export const trainingModules = pgTable(
  "training_modules",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    cycleId: uuid().notNull(),
    position: integer().notNull(),
    theme: text().notNull(),
    objectives: text(),
    /** Design time in days, for the staff-time figures. */
    designDays: numeric({ precision: 6, scale: 2, mode: "number" }),
    plannedHours: numeric({ precision: 6, scale: 2, mode: "number" }).notNull(),
  },
  (t) => [
    index().on(t.cycleId, t.position),
    unique("training_modules_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "training_modules_cycle_id_network_fk",
      columns: [t.networkId, t.cycleId],
      foreignColumns: [trainingCycles.networkId, trainingCycles.id],
    }).onDelete("cascade"),
  ],
);

/** Trainers of a cycle: a contact of the directory, or an external person with a name and email. */
export const trainingTrainers = pgTable(
  "training_trainers",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    cycleId: uuid().notNull(),
    contactId: uuid(),
    name: text().notNull(),
    email: text(),
  },
  (t) => [
    index().on(t.cycleId),
    unique("training_trainers_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "training_trainers_cycle_id_network_fk",
      columns: [t.networkId, t.cycleId],
      foreignColumns: [trainingCycles.networkId, trainingCycles.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "training_trainers_contact_id_network_fk",
      columns: [t.networkId, t.contactId],
      foreignColumns: [contacts.networkId, contacts.id],
    }).onDelete(setNullOnly("contact_id")),
  ],
);

/** A session of a module IS a meeting (event of type training_session): this row only links them. */
export const trainingSessions = pgTable(
  "training_sessions",
  {
    eventId: uuid().primaryKey(),
    networkId: networkRef(),
    moduleId: uuid().notNull(),
    kind: trainingSessionKind().notNull().default("theory"),
    trainerId: uuid(),
    /** SHA-256 of the trainer's personal link token, and when it stops working. */
    trainerTokenHash: text().unique(),
    trainerTokenExpiresAt: timestamp({ withTimezone: true }),
    /** The trainer's signature (SVG path) on the attendance sheet. */
    trainerSignature: text(),
    trainerSignedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.moduleId),
    foreignKey({
      name: "training_sessions_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "training_sessions_module_id_network_fk",
      columns: [t.networkId, t.moduleId],
      foreignColumns: [trainingModules.networkId, trainingModules.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "training_sessions_trainer_id_network_fk",
      columns: [t.networkId, t.trainerId],
      foreignColumns: [trainingTrainers.networkId, trainingTrainers.id],
    }).onDelete(setNullOnly("trainer_id")),
  ],
);

export const trainingEnrolments = pgTable(
  "training_enrolments",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    cycleId: uuid().notNull(),
    contactId: uuid().notNull(),
    status: enrolmentStatus().notNull(),
    /** Order on the waiting list (time of the request). */
    waitingSince: timestamp({ withTimezone: true }),
    enrolledAt: timestamp({ withTimezone: true }),
    /** Verification code printed on the attestation. */
    attestationCode: text().unique(),
    /** When the coordinator was told of the absences (once). */
    absenceAlertedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("training_enrolments_cycle_contact_key").on(t.cycleId, t.contactId),
    index().on(t.cycleId, t.status),
    unique("training_enrolments_network_id_key").on(t.networkId, t.id),
    foreignKey({
      name: "training_enrolments_cycle_id_network_fk",
      columns: [t.networkId, t.cycleId],
      foreignColumns: [trainingCycles.networkId, trainingCycles.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "training_enrolments_contact_id_network_fk",
      columns: [t.networkId, t.contactId],
      foreignColumns: [contacts.networkId, contacts.id],
    }).onDelete("cascade"),
  ],
);
