import { z } from "zod";
import { halfDays } from "@/lib/domain/enums";
import { optionalEmail, optionalText, optionalUuid, printable, requiredText } from "@/lib/validation/fields";
import { checkInStatuses } from "./constants";
export {
  checkInStatuses,
  attachmentTypes,
  attachmentAccept,
  maxAttachmentBytes,
  signatureBox,
  type CheckInStatus,
} from "./constants";

// Inputs of attendance: check-in, walk-ins, signatures, minutes, attachments. No server imports.

/** SVG path data made only of "M x y" and "L x y" commands with at most one decimal. */
const pathPattern = /^(?:[ML]-?\d{1,4}(?:\.\d)? -?\d{1,4}(?:\.\d)? ?)+$/;
export const maxSignatureLength = 40_000;

export function isSignaturePath(value: string): boolean {
  return value.length <= maxSignatureLength && pathPattern.test(value) && value.includes("L");
}

export const eventRef = z.object({ eventId: z.uuid() });

export const checkInSchema = eventRef.extend({
  participationId: z.uuid(),
  status: z.enum(checkInStatuses),
});
export type CheckInInput = z.output<typeof checkInSchema>;

export const walkInContactSchema = eventRef.extend({ contactId: z.uuid() });

export const walkInNewSchema = eventRef.extend({
  firstName: requiredText(100),
  lastName: requiredText(100),
  organisationId: optionalUuid,
  email: optionalEmail,
});
export type WalkInNewInput = z.output<typeof walkInNewSchema>;

export const signatureSchema = eventRef
  .extend({
    participationId: z.uuid(),
    halfDay: z.enum(halfDays),
    method: z.enum(["on_screen", "paper"]),
    image: optionalText(maxSignatureLength),
  })
  .refine((s) => s.method === "paper" || (s.image !== null && isSignaturePath(s.image)), {
    path: ["image"],
    message: "validation.required",
  })
  .transform((s) => ({ ...s, image: s.method === "paper" ? null : s.image }));
export type SignatureInput = z.output<typeof signatureSchema>;

export const minutesSchema = eventRef.extend({ minutes: z.string().max(200_000).refine(printable, "validation.format") });

export const attachmentUploadSchema = eventRef.extend({
  file: z.custom<File>((v) => typeof Blob !== "undefined" && v instanceof Blob, {
    message: "validation.required",
  }),
});

export const attachmentRef = eventRef.extend({ id: z.uuid() });
