import { parseYmd } from "@/lib/domain/recurrence";
import { z } from "zod";
import { contributionKinds, serdFormats, serdPublics, serdThemes } from "@/lib/domain/enums";
import { addDays, weekday } from "@/lib/domain/paris-time";

// Inputs of the SERD, shared by forms (client-side hints) and actions (the authoritative check).
// Cross-field rules return "serd.validation." message keys per field (zod messages are limited to
// the core "validation." keys): the mutations throw them as field errors.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => v || null);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.format")
  .refine((d) => parseYmd(d) !== null, "validation.format");
const optionalDay = z
  .union([day, z.literal("")])
  .optional()
  .nullable()
  .transform((v) => v || null);
const optionalTime = z
  .union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, "validation.format"), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v.slice(0, 5) : null));
const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => v || null);
/** An HTML checkbox: "on" when ticked, absent otherwise (booleans accepted from JSON callers). */
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean(), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");
/** One value or several (FormData gives a string for a single ticked box). */
const list = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])] as z.output<T>[]);
const optionalCount = (min: number, max: number) =>
  z
    .union([z.literal(""), z.null(), z.coerce.number().int().min(min).max(max)])
    .optional()
    .transform((v) => (v === "" || v === undefined || v === null ? null : v));
export const versionField = z.coerce.number().int().min(1);

export const editionSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  startsOn: day,
  endsOn: day,
  registrationOpensOn: day,
  registrationClosesOn: day,
  networkDeadline: optionalDay,
  nationalTheme: optionalText(300),
  ewwrFocus: optionalText(300),
});
export type EditionInput = z.output<typeof editionSchema>;

type Problems = Record<string, string>;

/** The week is nine days, Saturday to Sunday; the registration window closes before its end. */
export function editionProblems(e: EditionInput): Problems {
  const out: Problems = {};
  if (weekday(e.startsOn) !== 6) out.startsOn = "serd.validation.startSaturday";
  else if (Number(e.startsOn.slice(0, 4)) !== e.year) out.startsOn = "serd.validation.startYear";
  if (!out.startsOn && e.endsOn !== addDays(e.startsOn, 8)) out.endsOn = "serd.validation.endSunday";
  if (e.registrationClosesOn < e.registrationOpensOn)
    out.registrationClosesOn = "serd.validation.closesBeforeOpens";
  else if (e.registrationClosesOn > e.endsOn) out.registrationClosesOn = "serd.validation.closesAfterWeek";
  if (e.networkDeadline && e.networkDeadline > e.registrationClosesOn)
    out.networkDeadline = "serd.validation.deadlineAfterClose";
  return out;
}

export const occurrenceSchema = z.object({
  id: optionalUuid,
  date: day,
  startTime: optionalTime,
  endTime: optionalTime,
  place: optionalText(200),
  address: optionalText(300),
  communeId: optionalUuid,
  expectedParticipants: optionalCount(1, 100_000),
});
export type OccurrenceInput = z.output<typeof occurrenceSchema>;

export const actionSchema = z.object({
  editionId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  description: optionalText(5000),
  themes: list(z.enum(serdThemes)),
  format: z
    .union([z.enum(serdFormats), z.literal("")])
    .optional()
    .nullable()
    .transform((v) => v || null),
  targetPublics: list(z.enum(serdPublics)),
  /** Empty: the caller's own organisation. */
  leadOrganisationId: optionalUuid,
  coorganiserIds: list(z.uuid()),
  freeEntry: checkbox,
  nonProfit: checkbox,
  awardsOptIn: checkbox,
  occurrences: z.array(occurrenceSchema).max(50).default([]),
  /** "draft" keeps it incomplete; "submit" validates everything and sends it for review. */
  intent: z.enum(["draft", "submit"]).default("draft"),
  /** The author's answer to a change request, kept in the history on resubmission. */
  comment: optionalText(2000),
});
export type ActionInput = z.output<typeof actionSchema>;

export const updateActionSchema = actionSchema.omit({ editionId: true }).extend({
  id: z.uuid(),
  version: versionField,
});
export type UpdateActionInput = z.output<typeof updateActionSchema>;

export const reviewSchema = z.object({
  id: z.uuid(),
  version: versionField,
  decision: z.enum(["label", "request_changes", "reject"]),
  /** Required to request changes (what to change) and to reject (the reason). */
  comment: optionalText(2000),
});
export type ReviewInput = z.output<typeof reviewSchema>;

export const commentSchema = z.object({
  id: z.uuid(),
  version: versionField,
  comment: z.string().trim().min(1).max(2000),
});

export const resultsSchema = z.object({
  id: z.uuid(),
  version: versionField,
  resultAccount: optionalText(2000),
  occurrences: z
    .array(z.object({ id: z.uuid(), actualParticipants: optionalCount(0, 100_000) }))
    .max(50)
    .default([]),
});
export type ResultsInput = z.output<typeof resultsSchema>;

export const contributionSchema = z.object({
  actionId: z.uuid(),
  /** Empty: the caller's own organisation. */
  organisationId: optionalUuid,
  kind: z.enum(contributionKinds),
  amountEur: z.coerce.number().min(0).max(10_000_000),
  days: z
    .union([z.literal(""), z.null(), z.coerce.number().min(0).max(1000)])
    .optional()
    .transform((v) => (v === "" || v === undefined || v === null ? null : v)),
  description: optionalText(500),
});
export type ContributionInput = z.output<typeof contributionSchema>;

export const idSchema = z.object({ id: z.uuid() });

export const actionFiltersSchema = z.object({
  status: z
    .union([z.enum(["draft", "submitted", "changes_requested", "labelled", "rejected"]), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  theme: z
    .union([z.enum(serdThemes), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  commune: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
  organisation: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
});
export type ActionFilters = z.output<typeof actionFiltersSchema>;
