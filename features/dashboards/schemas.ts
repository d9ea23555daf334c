import { z } from "zod";
import { activityKinds, indicatorUnits, objectiveDirections, staffRoles } from "@/lib/domain/enums";
import {
  dayField,
  optionalNumber,
  optionalText,
  optionalUuid,
  requiredText,
  text,
} from "@/lib/validation/fields";

// Inputs of the dashboards area, shared by forms and actions. Rules that need two fields or the
// clock (period order, 24 h a day, not in the future) are checked in ./rules.ts by the mutations,
// which answer with field errors.

const number = z.coerce
  .number({ message: "validation.invalid" })
  .refine(Number.isFinite, "validation.invalid");

export const recordedIndicatorSchema = z.object({
  name: requiredText(200),
  unit: z.enum(indicatorUnits),
  definition: text(2000).default(""),
});

export const recordedValueSchema = z.object({
  indicatorId: z.uuid(),
  date: dayField,
  value: number.pipe(z.number().min(-1e10).max(1e10)),
  source: text(300).default(""),
});

/** An indicator of the objective: "computed:<registry id>" or "recorded:<uuid>". */
export const indicatorRef = z
  .string()
  .regex(/^(computed:[a-zA-Z]+\.[a-zA-Z]+|recorded:[0-9a-f-]{36})$/, "validation.choice");

export const objectiveSchema = z.object({
  title: requiredText(200),
  indicator: indicatorRef,
  filterKey: optionalText(40),
  filterValue: optionalText(60),
  target: number.pipe(z.number().min(-1e10).max(1e10)),
  baseline: optionalNumber(-1e10, 1e10),
  direction: z.enum(objectiveDirections),
  periodStart: dayField,
  periodEnd: dayField,
});
export const objectiveUpdateSchema = objectiveSchema.extend({ id: z.uuid() });
export const idSchema = z.object({ id: z.uuid() });

export const timeEntrySchema = z.object({
  staffRole: z.enum(staffRoles),
  activityKind: z.enum(activityKinds),
  eventId: optionalUuid,
  editionId: optionalUuid,
  trainingCycleId: optionalUuid,
  activityLabel: text(200).default(""),
  startsOn: dayField,
  endsOn: dayField
    .optional()
    .or(z.literal(""))
    .transform((v) => v || undefined),
  /** Hours, or days converted at the network's hours per day. */
  amount: number.pipe(z.number().gt(0).max(10_000)),
  amountUnit: z.enum(["hours", "days"]).default("hours"),
});

/** One week of one role: one cell per day and activity row. */
export const weekGridSchema = z.object({
  staffRole: z.enum(staffRoles),
  weekStart: dayField,
  rows: z
    .array(
      z.object({
        activityKind: z.enum(activityKinds),
        activityLabel: text(200).default(""),
        eventId: optionalUuid,
        editionId: optionalUuid,
        trainingCycleId: optionalUuid,
        hours: z.array(optionalNumber(0, 10_000)).length(7),
      }),
    )
    .max(30),
});

export const staffSettingsSchema = z.object({
  yearlyWorkingHours: z.coerce.number().int().min(100).max(3000),
  hoursPerDay: z.coerce.number().min(1).max(12),
  costs: z
    .array(z.object({ staffRole: z.enum(staffRoles), hourlyCostEur: optionalNumber(0, 10_000) }))
    .max(20),
});

export const recordedImportSchema = z.object({
  indicatorId: z.uuid(),
  file: z.instanceof(File),
});
