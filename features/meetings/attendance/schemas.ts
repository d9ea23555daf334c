import { z } from "zod";
import { halfDays } from "@/lib/domain/enums";
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

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

export const eventRef = z.object({ eventId: z.uuid() });

export const checkInSchema = eventRef.extend({
  participationId: z.uuid(),
  status: z.enum(checkInStatuses),
});
export type CheckInInput = z.output<typeof checkInSchema>;

export const walkInContactSchema = eventRef.extend({ contactId: z.uuid() });

export const walkInNewSchema = eventRef.extend({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  organisationId: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => v || null),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .optional()
    .transform((v) => v || null)
    .pipe(z.union([z.null(), z.email({ error: "validation.email" })])),
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

export const minutesSchema = eventRef.extend({ minutes: z.string().max(200_000) });

export const attachmentUploadSchema = eventRef.extend({
  file: z.custom<File>((v) => typeof Blob !== "undefined" && v instanceof Blob, {
    message: "validation.required",
  }),
});

export const attachmentRef = eventRef.extend({ id: z.uuid() });
