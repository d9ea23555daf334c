"use server";
import type { NetworkContext } from "@/server/access/context";
import { networkAction } from "@/server/access/server";
import { parisToday } from "@/lib/domain/paris-time";
import { importRecordedValues } from "./import";
import {
  createObjective,
  createRecordedIndicator,
  deleteObjective,
  recordValue,
  updateObjective,
} from "./mutations";
import {
  idSchema,
  objectiveSchema,
  objectiveUpdateSchema,
  recordedImportSchema,
  recordedIndicatorSchema,
  recordedValueSchema,
  staffSettingsSchema,
  timeEntrySchema,
  weekGridSchema,
} from "./schemas";
import { createTimeEntry, saveStaffSettings, saveWeekGrid } from "./staff/mutations";

const scopeOf = (ctx: NetworkContext) => ({ networkId: ctx.network.id, userId: ctx.userId });
const revalidate = { revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}/dashboard` };
/** Coordinators record anyone's time (no person); an ambassador's entry is always their own. */
const personOf = (ctx: NetworkContext) => (ctx.can("timesheet.write") ? null : ctx.userId);

// POST (server action) – add an indicator the network records by hand (coordinator)
export const createRecordedIndicatorAction = networkAction(
  recordedIndicatorSchema,
  "objectives.write",
  async (ctx, input) => createRecordedIndicator(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – record one dated value of a recorded indicator (coordinator)
export const recordValueAction = networkAction(
  recordedValueSchema,
  "objectives.write",
  async (ctx, input) => recordValue(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – import a CSV/XLSX of dated values, all or nothing (coordinator)
export const importRecordedValuesAction = networkAction(
  recordedImportSchema,
  "objectives.write",
  async (ctx, input) => importRecordedValues(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – set an objective on an indicator (coordinator)
export const createObjectiveAction = networkAction(
  objectiveSchema,
  "objectives.write",
  async (ctx, input) => createObjective(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – change an objective (coordinator)
export const updateObjectiveAction = networkAction(
  objectiveUpdateSchema,
  "objectives.write",
  async (ctx, { id, ...input }) => updateObjective(ctx.db, { networkId: ctx.network.id, id }, input),
  revalidate,
);

// POST (server action) – remove an objective (coordinator)
export const deleteObjectiveAction = networkAction(
  idSchema,
  "objectives.write",
  async (ctx, { id }) => deleteObjective(ctx.db, { networkId: ctx.network.id, id }),
  revalidate,
);

// POST (server action) – record time spent (coordinator: anyone's; ambassador: their own)
export const createTimeEntryAction = networkAction(
  timeEntrySchema,
  "timesheet.own",
  async (ctx, input) =>
    createTimeEntry(ctx.db, { ...scopeOf(ctx), today: parisToday(), personId: personOf(ctx) }, input),
  revalidate,
);

// POST (server action) – record a week of time in one grid, all or nothing
export const saveWeekGridAction = networkAction(
  weekGridSchema,
  "timesheet.own",
  async (ctx, input) =>
    saveWeekGrid(ctx.db, { ...scopeOf(ctx), today: parisToday(), personId: personOf(ctx) }, input),
  revalidate,
);

// POST (server action) – hourly cost per role and yearly working hours (coordinator)
export const saveStaffSettingsAction = networkAction(
  staffSettingsSchema,
  "timesheet.write",
  async (ctx, input) => saveStaffSettings(ctx.db, { networkId: ctx.network.id }, input),
  revalidate,
);
