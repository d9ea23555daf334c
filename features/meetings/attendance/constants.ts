// Client-safe values of this area: importable from "use client" components (no zod here).
import { acceptOf, documentFileTypes, maxUploadBytes } from "@/lib/domain/uploads";

export const checkInStatuses = ["present", "late", "absent"] as const;

export type CheckInStatus = (typeof checkInStatuses)[number];

/** The drawing area of an on-screen signature; the stored path uses these coordinates. */
export const signatureBox = { width: 400, height: 150 } as const;

// Size limit and accepted types: the app's one upload rule (lib/domain/uploads.ts).
export const maxAttachmentBytes = maxUploadBytes;
export const attachmentTypes = documentFileTypes;
export const attachmentAccept = acceptOf(documentFileTypes);
