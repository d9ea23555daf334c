import { z } from "zod";
import { completionRules, siteTypes, trainingCycleStatuses, trainingSessionKinds } from "@/lib/domain/enums";
import {
  dayField,
  emailField,
  list,
  optionalEmail,
  optionalEnum,
  optionalInt,
  optionalNumber,
  optionalText,
  optionalUuid,
  parisDateTime,
  requiredText,
} from "@/lib/validation/fields";

// Inputs of the training area, shared by forms and actions. Times are Paris wall-clock values.
// Cross-field rules come back as "training.errors." keys per field, thrown by the mutations.

export const cycleSchema = z.object({
  title: requiredText(200),
  description: optionalText(5000),
  objectives: optionalText(5000),
  startsOn: dayField,
  endsOn: dayField,
  capacity: optionalInt(1, 10_000),
  completionRule: z.enum(completionRules).default("every_module"),
  completionPercent: optionalInt(1, 100),
  absenceThreshold: z.coerce.number().int().min(1).max(100).default(2),
  status: z.enum(trainingCycleStatuses).default("draft"),
});
export type CycleInput = z.output<typeof cycleSchema>;

export const idSchema = z.object({ id: z.uuid() });

export const moduleSchema = z.object({
  cycleId: z.uuid(),
  theme: requiredText(200),
  objectives: optionalText(5000),
  designDays: optionalNumber(0, 365),
  plannedHours: z.coerce.number().min(0.25, "validation.required").max(1000),
});
export type ModuleInput = z.output<typeof moduleSchema>;

export const trainerSchema = z.object({
  cycleId: z.uuid(),
  contactId: optionalUuid,
  /** Empty for a person of the directory: their name is taken. */
  name: optionalText(200),
  email: optionalEmail,
});
export type TrainerInput = z.output<typeof trainerSchema>;

/** A session is a meeting of type training_session, plus its module, kind and trainer. */
export const sessionSchema = z.object({
  moduleId: z.uuid(),
  kind: z.enum(trainingSessionKinds).default("theory"),
  trainerId: optionalUuid,
  title: requiredText(200),
  startsAt: parisDateTime,
  endsAt: parisDateTime,
  place: optionalText(200),
  address: optionalText(300),
  communeId: optionalUuid,
  siteType: optionalEnum(siteTypes),
  capacity: optionalInt(1, 10_000),
  description: optionalText(5000),
});
export type SessionInput = z.output<typeof sessionSchema>;

/** People to enrol: picked one by one, a saved segment, or both. */
export const enrolSchema = z
  .object({
    cycleId: z.uuid(),
    // An empty "pick a person" select sends "".
    contactIds: z.preprocess((v) => (v === "" ? undefined : v), list(z.uuid(), 5000)),
    segmentId: optionalUuid,
  })
  .refine((v) => v.contactIds.length > 0 || v.segmentId, { message: "validation.required", path: ["contactIds"] });
export type EnrolInput = z.output<typeof enrolSchema>;

export const enrolmentRef = z.object({ enrolmentId: z.uuid() });
export const decisionSchema = enrolmentRef.extend({ accept: z.enum(["yes", "no"]).transform((v) => v === "yes") });

/** A person's own request from the cycle's invitation link (no account). */
export const selfEnrolSchema = z.object({
  token: z.string().min(10).max(200),
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: emailField,
});
export type SelfEnrolInput = z.output<typeof selfEnrolSchema>;

export const markSchema = z.object({
  cycleId: z.uuid(),
  eventId: z.uuid(),
  contactId: z.uuid(),
  status: z.enum(["present", "late", "absent"]),
});
export const markAllSchema = z.object({ cycleId: z.uuid(), eventId: z.uuid() });

export const trainerLinkSchema = z.object({ eventId: z.uuid() });
export const trainerMarkSchema = z.object({
  token: z.string().min(20).max(200),
  contactId: z.uuid(),
  status: z.enum(["present", "late", "absent"]),
});

export const conversionParams = z.object({ edition: optionalUuid });
