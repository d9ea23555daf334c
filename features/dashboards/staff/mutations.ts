import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import {
  events,
  serdEditions,
  staffRoleCosts,
  staffTimeSettings,
  timeEntries,
  trainingCycles,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { addDays } from "@/lib/domain/paris-time";
import { timeEntryErrors } from "../rules";
import type { staffSettingsSchema, timeEntrySchema, weekGridSchema } from "../schemas";
import { getStaffSettings } from "./queries";

// Writes of staff time. `personId` is the member the time is theirs (ambassadors record only
// their own: the action passes their own id and nothing else).

type Scope = { networkId: string; userId: string; today: string };

const invalid = (fieldKeys: Record<string, string>) =>
  new ActionError("invalid_input", "errors.invalid_input", fieldKeys);

/** A meeting, edition or cycle of another network is "not found" (the composite key would refuse it too). */
async function requireActivity(
  db: Db,
  networkId: string,
  input: { eventId?: string | null; editionId?: string | null; trainingCycleId?: string | null },
) {
  const [cycle] = input.trainingCycleId
    ? await db
        .select({ id: trainingCycles.id })
        .from(trainingCycles)
        .where(and(eq(trainingCycles.networkId, networkId), eq(trainingCycles.id, input.trainingCycleId)))
    : [true];
  if (!cycle) throw new ActionError("not_found");
  const [event] = input.eventId
    ? await db
        .select({ id: events.id })
        .from(events)
        .where(and(eq(events.networkId, networkId), eq(events.id, input.eventId)))
    : [true];
  const [edition] = input.editionId
    ? await db
        .select({ id: serdEditions.id })
        .from(serdEditions)
        .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.id, input.editionId)))
    : [true];
  if (!event || !edition) throw new ActionError("not_found");
}

export async function createTimeEntry(
  db: Db,
  { networkId, userId, today, personId }: Scope & { personId: string | null },
  input: z.output<typeof timeEntrySchema>,
) {
  const settings = await getStaffSettings(db, { networkId });
  const hours = input.amountUnit === "days" ? input.amount * settings.hoursPerDay : input.amount;
  const endsOn = input.endsOn ?? input.startsOn;
  const errors = timeEntryErrors({ startsOn: input.startsOn, endsOn, hours }, today);
  if (input.activityKind === "meeting" && !input.eventId) errors.eventId = "dashboards.errors.eventRequired";
  if (input.activityKind === "serd_edition" && !input.editionId)
    errors.editionId = "dashboards.errors.editionRequired";
  if (Object.keys(errors).length) throw invalid(errors);
  await requireActivity(db, networkId, input);
  const [row] = await db
    .insert(timeEntries)
    .values({
      networkId,
      staffRole: input.staffRole,
      personId,
      activityKind: input.activityKind,
      eventId: input.activityKind === "meeting" ? input.eventId : null,
      editionId: input.activityKind === "serd_edition" ? input.editionId : null,
      trainingCycleId: input.activityKind === "training" ? input.trainingCycleId : null,
      activityLabel: input.activityLabel,
      startsOn: input.startsOn,
      endsOn,
      hours: String(Math.round(hours * 100) / 100),
      enteredById: userId,
    })
    .returning({ id: timeEntries.id });
  return row!;
}

/** A week of one role: one entry per filled cell, all in one transaction; a day over 24 h writes nothing. */
export async function saveWeekGrid(
  db: Db,
  { networkId, userId, today, personId }: Scope & { personId: string | null },
  input: z.output<typeof weekGridSchema>,
) {
  const errors: Record<string, string> = {};
  const cells: { row: (typeof input.rows)[number]; day: string; hours: number }[] = [];
  for (let d = 0; d < 7; d++) {
    const day = addDays(input.weekStart, d);
    const total = input.rows.reduce((sum, r) => sum + (r.hours[d] ?? 0), 0);
    const dayErrors = timeEntryErrors({ startsOn: day, endsOn: day, hours: total }, today);
    if (total > 0 && dayErrors.amount) errors[`day${d}`] = dayErrors.amount;
    if (total > 0 && dayErrors.startsOn) errors[`day${d}`] = dayErrors.startsOn;
    input.rows.forEach((row) => {
      const hours = row.hours[d] ?? 0;
      if (hours > 0) cells.push({ row, day, hours });
    });
  }
  input.rows.forEach((row, i) => {
    if (!row.hours.some((h) => (h ?? 0) > 0)) return;
    if (row.activityKind === "meeting" && !row.eventId)
      errors[`rows.${i}.eventId`] = "dashboards.errors.eventRequired";
    if (row.activityKind === "serd_edition" && !row.editionId)
      errors[`rows.${i}.editionId`] = "dashboards.errors.editionRequired";
  });
  if (Object.keys(errors).length) throw invalid(errors);
  if (cells.length === 0) return { created: 0 };
  for (const row of input.rows) await requireActivity(db, networkId, row);
  await db.transaction(async (tx) => {
    await tx.insert(timeEntries).values(
      cells.map(({ row, day, hours }) => ({
        networkId,
        staffRole: input.staffRole,
        personId,
        activityKind: row.activityKind,
        eventId: row.activityKind === "meeting" ? row.eventId : null,
        editionId: row.activityKind === "serd_edition" ? row.editionId : null,
        trainingCycleId: row.activityKind === "training" ? row.trainingCycleId : null,
        activityLabel: row.activityLabel,
        startsOn: day,
        endsOn: day,
        hours: String(hours),
        enteredById: userId,
      })),
    );
  });
  return { created: cells.length };
}

export async function saveStaffSettings(
  db: Db,
  { networkId }: { networkId: string },
  input: z.output<typeof staffSettingsSchema>,
) {
  await db.transaction(async (tx) => {
    await tx
      .insert(staffTimeSettings)
      .values({
        networkId,
        yearlyWorkingHours: input.yearlyWorkingHours,
        hoursPerDay: String(input.hoursPerDay),
      })
      .onConflictDoUpdate({
        target: staffTimeSettings.networkId,
        set: { yearlyWorkingHours: input.yearlyWorkingHours, hoursPerDay: String(input.hoursPerDay) },
      });
    await tx.delete(staffRoleCosts).where(eq(staffRoleCosts.networkId, networkId));
    const costs = input.costs.filter((c) => c.hourlyCostEur !== null);
    if (costs.length)
      await tx
        .insert(staffRoleCosts)
        .values(
          costs.map((c) => ({ networkId, staffRole: c.staffRole, hourlyCostEur: String(c.hourlyCostEur) })),
        );
  });
}
