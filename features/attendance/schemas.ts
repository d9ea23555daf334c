import { z } from "zod";
import { halfDays } from "@/lib/domain/enums";

// Inputs of attendance: check-in, walk-ins, signatures, minutes, attachments. No server imports.

export const checkInStatuses = ["present", "late", "absent"] as const;
export type CheckInStatus = (typeof checkInStatuses)[number];

/** The drawing area of an on-screen signature; the stored path uses these coordinates. */
export const signatureBox = { width: 400, height: 150 } as const;
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

/** 10 MB in decimal units: under the 10 MiB server-action body limit with room for the envelope. */
export const maxAttachmentBytes = 10_000_000;

/** Accepted attachments: PDF, images, office documents. Extension → the types a browser may send. */
export const attachmentTypes: Record<string, readonly string[]> = {
  pdf: ["application/pdf"],
  png: ["image/png"],
  jpg: ["image/jpeg"],
  jpeg: ["image/jpeg"],
  gif: ["image/gif"],
  webp: ["image/webp"],
  doc: ["application/msword"],
  docx: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  xls: ["application/vnd.ms-excel"],
  xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ppt: ["application/vnd.ms-powerpoint"],
  pptx: ["application/vnd.openxmlformats-officedocument.presentationml.presentation"],
  odt: ["application/vnd.oasis.opendocument.text"],
  ods: ["application/vnd.oasis.opendocument.spreadsheet"],
  odp: ["application/vnd.oasis.opendocument.presentation"],
};
export const attachmentAccept = Object.keys(attachmentTypes)
  .map((ext) => `.${ext}`)
  .join(",");

export const attachmentUploadSchema = eventRef.extend({
  file: z.custom<File>((v) => typeof Blob !== "undefined" && v instanceof Blob, {
    message: "validation.required",
  }),
});

export const attachmentRef = eventRef.extend({ id: z.uuid() });
