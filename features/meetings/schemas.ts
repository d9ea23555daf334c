import { z } from "zod";
import { eventStatuses, eventTypes, siteTypes } from "@/lib/domain/enums";
import { recurrenceKinds } from "@/lib/domain/recurrence";
import {
  dayField,
  lenient,
  optionalDay,
  optionalEnum,
  optionalInt,
  optionalText,
  optionalUuid,
  optionalWebUrl,
  pageParam,
  parisDateTime,
  requiredText,
} from "@/lib/validation/fields";

// Inputs of meetings, shared by forms and actions. Times are Paris wall-clock values.

export const maxAgendaItems = 30;

const agendaItemSchema = z.object({
  title: requiredText(200),
  durationMinutes: optionalInt(1, 1440),
  speakerContactId: optionalUuid,
});
export type AgendaItemInput = z.output<typeof agendaItemSchema>;

/** Where and how a meeting takes place: shared by single events and series. */
const placeFields = {
  eventType: z.enum(eventTypes),
  place: optionalText(200),
  address: optionalText(300),
  communeId: optionalUuid,
  onlineUrl: optionalWebUrl(500),
  siteType: optionalEnum(siteTypes),
  capacity: optionalInt(1, 100_000),
  organiserName: optionalText(200),
  reminderMinutesBefore: z.coerce.number().int().min(0).max(43_200).default(2880),
  description: optionalText(10_000),
};

const eventFields = z.object({
  title: requiredText(200),
  ...placeFields,
  startsAt: parisDateTime,
  endsAt: parisDateTime,
  status: z.enum(eventStatuses).default("planned"),
  agendaItems: z.array(agendaItemSchema).max(maxAgendaItems).default([]),
});

/**
 * Form fields named "agendaItems.0.title" become `agendaItems: [{ title }]`, so that each input
 * keeps a plain name and its errors come back under the same name.
 */
function nestAgendaItems(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(input)) {
    const m = /^agendaItems\.(\d+)\.(\w+)$/.exec(key);
    if (!m) {
      out[key] = value;
      continue;
    }
    const index = Number(m[1]);
    if (!rows.has(index)) rows.set(index, {});
    rows.get(index)![m[2]!] = value;
  }
  if (rows.size > 0 && !Array.isArray(out.agendaItems)) {
    out.agendaItems = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  }
  return out;
}

export const eventSchema = z.preprocess(nestAgendaItems, eventFields);
export type EventInput = z.output<typeof eventSchema>;
export const eventUpdateSchema = z.preprocess(nestAgendaItems, eventFields.extend({ id: z.uuid() }));

export const idSchema = z.object({ id: z.uuid() });
export const moveEventSchema = z.object({ id: z.uuid(), startsAt: parisDateTime, endsAt: parisDateTime });

export const seriesSchema = z.object({
  title: requiredText(200),
  ...placeFields,
  kind: z.enum(recurrenceKinds),
  interval: z.coerce.number().int().min(1).max(24).default(1),
  /** 1-4, or -1 for "the last". */
  nth: z.coerce
    .number()
    .int()
    .refine((n) => n === -1 || (n >= 1 && n <= 4))
    .default(1),
  /** ISO weekday, 1 Monday … 7 Sunday. */
  weekday: z.coerce.number().int().min(1).max(7).default(2),
  startDate: dayField,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "validation.format"),
  durationMinutes: z.coerce.number().int().min(5).max(1440),
  endMode: z.enum(["until", "count"]),
  until: optionalDay,
  count: optionalInt(1, 60),
});
export type SeriesInput = z.output<typeof seriesSchema>;

// The agenda's filters live in the URL; malformed values are ignored.
export const agendaFiltersSchema = z.object({
  type: lenient(z.enum(eventTypes)),
  year: lenient(z.coerce.number().int().min(2000).max(2100)),
  view: z.enum(["list", "month"]).catch("list").default("list"),
  /** "2026-11" for the month view. */
  month: lenient(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  page: pageParam,
});
export type AgendaFilters = z.output<typeof agendaFiltersSchema>;
