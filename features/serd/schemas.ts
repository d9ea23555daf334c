import { z } from "zod";
import { contributionKinds, serdFormats, serdPublics, serdThemes } from "@/lib/domain/enums";
import { addDays, weekday } from "@/lib/domain/paris-time";
import {
  checkbox,
  dayField,
  list,
  optionalDay,
  optionalEnum,
  optionalInt,
  optionalNumber,
  optionalText,
  optionalTime,
  optionalUuid,
  requiredText,
} from "@/lib/validation/fields";

// Inputs of the SERD, shared by forms (client-side hints) and actions (the authoritative check).
// Cross-field rules return "serd.validation." message keys per field (zod messages are limited to
// the core "validation." keys): the mutations throw them as field errors.

export const versionField = z.coerce.number().int().min(1);

export const editionSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  startsOn: dayField,
  endsOn: dayField,
  registrationOpensOn: dayField,
  registrationClosesOn: dayField,
  networkDeadline: optionalDay,
  /** Results expected by this day; empty: 60 days after the week (rules.ts). */
  resultsDueOn: optionalDay,
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
  if (e.resultsDueOn && e.resultsDueOn <= e.endsOn) out.resultsDueOn = "serd.validation.resultsDueAfterWeek";
  return out;
}

export const occurrenceSchema = z.object({
  id: optionalUuid,
  date: dayField,
  startTime: optionalTime,
  endTime: optionalTime,
  place: optionalText(200),
  address: optionalText(300),
  communeId: optionalUuid,
  expectedParticipants: optionalInt(1, 100_000),
});
export type OccurrenceInput = z.output<typeof occurrenceSchema>;

export const actionSchema = z.object({
  editionId: z.uuid(),
  title: requiredText(200),
  description: optionalText(5000),
  themes: list(z.enum(serdThemes)),
  format: optionalEnum(serdFormats),
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
  comment: requiredText(2000),
});

export const resultsSchema = z.object({
  id: z.uuid(),
  version: versionField,
  resultAccount: optionalText(2000),
  occurrences: z
    .array(z.object({ id: z.uuid(), actualParticipants: optionalInt(0, 100_000) }))
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
  days: optionalNumber(0, 1000),
  description: optionalText(500),
});
export type ContributionInput = z.output<typeof contributionSchema>;

export const idSchema = z.object({ id: z.uuid() });

export const copyActionSchema = z.object({ id: z.uuid(), editionId: z.uuid() });

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

export const notificationMailSchema = z.object({ mail: z.enum(["immediate", "daily", "off"]) });
/** Without `actionId`, every notification of the caller. */
export const markNotificationsSchema = z.object({ actionId: z.uuid().optional() });
