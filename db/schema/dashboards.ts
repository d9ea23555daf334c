import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { activityKinds, indicatorUnits, objectiveDirections, staffRoles } from "@/lib/domain/enums";
import { users } from "./auth";
import { setNullOnly } from "./foreign-keys";
import { events } from "./meetings";
import { networks } from "./networks";
import { serdEditions } from "./serd";
import { trainingCycles } from "./training";

// Dashboards: indicators the network records by hand, objectives on any indicator, staff time.

export const indicatorUnit = pgEnum("indicator_unit", indicatorUnits);
export const objectiveDirection = pgEnum("objective_direction", objectiveDirections);
export const staffRole = pgEnum("staff_role", staffRoles);
export const activityKind = pgEnum("activity_kind", activityKinds);

const networkRef = () =>
  uuid()
    .notNull()
    .references(() => networks.id, { onDelete: "cascade" });

/** Facts the application cannot observe (tonnes of household waste, jobs created), recorded by the network. */
export const recordedIndicators = pgTable(
  "recorded_indicators",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    name: text().notNull(),
    unit: indicatorUnit().notNull(),
    /** What is counted and where it comes from, shown beside every value. */
    definition: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("recorded_indicators_network_name_key").on(t.networkId, t.name),
    unique("recorded_indicators_network_id_key").on(t.networkId, t.id),
  ],
);

export const recordedValues = pgTable(
  "recorded_values",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    indicatorId: uuid().notNull(),
    date: date().notNull(),
    value: numeric({ precision: 14, scale: 3 }).notNull(),
    source: text().notNull().default(""),
    enteredById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("recorded_values_indicator_date_key").on(t.indicatorId, t.date),
    index().on(t.networkId, t.indicatorId),
    foreignKey({
      name: "recorded_values_indicator_id_network_fk",
      columns: [t.networkId, t.indicatorId],
      foreignColumns: [recordedIndicators.networkId, recordedIndicators.id],
    }).onDelete("cascade"),
  ],
);

/** A target on one indicator: a computed one (by its registry id) or a recorded one. */
export const objectives = pgTable(
  "objectives",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    title: text().notNull(),
    computedIndicatorId: text(),
    /** The computed indicator's filter (e.g. { eventType: "municipal_network_day" }). */
    indicatorFilter: jsonb().$type<Record<string, string>>().notNull().default({}),
    recordedIndicatorId: uuid(),
    target: numeric({ precision: 14, scale: 3 }).notNull(),
    baseline: numeric({ precision: 14, scale: 3 }),
    direction: objectiveDirection().notNull(),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId),
    foreignKey({
      name: "objectives_recorded_indicator_id_network_fk",
      columns: [t.networkId, t.recordedIndicatorId],
      foreignColumns: [recordedIndicators.networkId, recordedIndicators.id],
    }).onDelete("cascade"),
    check(
      "objectives_one_indicator",
      sql`(${t.computedIndicatorId} is null) <> (${t.recordedIndicatorId} is null)`,
    ),
    check("objectives_period", sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/** Time spent by a role (or a named member) on an activity, on one day or over a period. */
export const timeEntries = pgTable(
  "time_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: networkRef(),
    staffRole: staffRole().notNull(),
    /** The member who spent the time, when known (ambassadors enter their own). */
    personId: uuid().references(() => users.id, { onDelete: "set null" }),
    activityKind: activityKind().notNull(),
    eventId: uuid(),
    editionId: uuid(),
    /** A training cycle (activity "training"): its page shows the time spent on it. */
    trainingCycleId: uuid(),
    /** Free label (a training module, "network coordination"). */
    activityLabel: text().notNull().default(""),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    hours: numeric({ precision: 8, scale: 2 }).notNull(),
    enteredById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.networkId, t.startsOn),
    index().on(t.networkId, t.eventId),
    foreignKey({
      name: "time_entries_event_id_network_fk",
      columns: [t.networkId, t.eventId],
      foreignColumns: [events.networkId, events.id],
    }).onDelete(setNullOnly("event_id")),
    foreignKey({
      name: "time_entries_edition_id_network_fk",
      columns: [t.networkId, t.editionId],
      foreignColumns: [serdEditions.networkId, serdEditions.id],
    }).onDelete(setNullOnly("edition_id")),
    foreignKey({
      name: "time_entries_training_cycle_id_network_fk",
      columns: [t.networkId, t.trainingCycleId],
      foreignColumns: [trainingCycles.networkId, trainingCycles.id],
    }).onDelete(setNullOnly("training_cycle_id")),
    index().on(t.networkId, t.trainingCycleId),
    check("time_entries_period", sql`${t.endsOn} >= ${t.startsOn}`),
    check("time_entries_hours", sql`${t.hours} > 0`),
  ],
);

/** The network's hourly cost of a role, for the cost of staff time. */
export const staffRoleCosts = pgTable(
  "staff_role_costs",
  {
    networkId: networkRef(),
    staffRole: staffRole().notNull(),
    hourlyCostEur: numeric({ precision: 8, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.staffRole] })],
);

/** Yearly working hours of one FTE and hours in a day of work: the network's conversion settings. */
export const staffTimeSettings = pgTable("staff_time_settings", {
  networkId: uuid()
    .primaryKey()
    .references(() => networks.id, { onDelete: "cascade" }),
  /** 1607 h: the French legal working year of a full-time public employee. */
  yearlyWorkingHours: integer().notNull().default(1607),
  hoursPerDay: numeric({ precision: 4, scale: 2 }).notNull().default("7"),
});
