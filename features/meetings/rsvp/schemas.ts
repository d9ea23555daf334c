import { z } from "zod";
import { list, optionalText, optionalUuid } from "@/lib/validation/fields";
import { answerChannels, answers } from "./constants";
export { answers, type Answer } from "./constants";

// Inputs of invitations and answers, shared by forms (client-side hints) and actions.

/** People to invite: picked one by one, an organisation's people, a saved segment, or any mix. */
export const inviteSchema = z
  .object({
    eventId: z.uuid(),
    /** A multi-select sends one value per ticked box: absent, one string, or several. */
    contactIds: list(z.uuid(), 5000),
    organisationId: optionalUuid,
    segmentId: optionalUuid,
  })
  .refine((v) => v.contactIds.length > 0 || v.organisationId || v.segmentId, {
    message: "validation.required",
    path: ["contactIds"],
  });
export type InviteInput = z.output<typeof inviteSchema>;

const message = optionalText(1000);
/** "Représenté·e par …": only kept with an "excused" answer to a council. */
const representedBy = optionalText(200);

/** The answer sent from the personal link (no account). */
export const answerByTokenSchema = z.object({
  token: z.string().min(10).max(200),
  answer: z.enum(answers),
  message,
  representedBy,
  /** "link": sent by the answer page itself when opened from the mail (see decision 0026). */
  via: z.enum(answerChannels).default("form"),
});

/** The answer of a signed-in member to their own invitation. */
export const answerAsMemberSchema = z.object({
  eventId: z.uuid(),
  answer: z.enum(answers),
  message,
  representedBy,
});

/** "Relancer": the invitation again to everyone who has not answered. */
export const resendSchema = z.object({ eventId: z.uuid() });

/** "Renvoyer" one queued mail of a meeting. */
export const retryMailSchema = z.object({ eventId: z.uuid(), mailId: z.uuid() });
