// Client-safe values of the shared tools: importable from "use client" components (no zod here).
export {
  itemConditions,
  methodSheetSections,
  reservationStatuses,
  resourceFormats,
  resourceKinds,
  resourceStatuses,
  type ItemCondition,
  type MethodSheetSection,
  type ResourceFormat,
  type ResourceKind,
} from "@/lib/domain/tools";
import { acceptOf, documentFileTypes, maxUploadBytes, mediaFileTypes } from "@/lib/domain/uploads";

// Size limit and accepted types: the app's one upload rule (lib/domain/uploads.ts), plus audio and video.
export const maxResourceBytes = maxUploadBytes;
export const resourceFileTypes: Record<string, readonly string[]> = { ...documentFileTypes, ...mediaFileTypes };
export const resourceAccept = acceptOf(resourceFileTypes);

export const resourceSorts = ["newest", "most_used"] as const;
export type ResourceSort = (typeof resourceSorts)[number];

/** A reservation starts at most this far ahead. */
export const maxDaysAhead = 365;
