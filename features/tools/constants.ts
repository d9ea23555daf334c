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

// Accepted types: the app's one upload rule (lib/domain/uploads.ts), plus audio and video.
export const resourceFileTypes: Record<string, readonly string[]> = { ...documentFileTypes, ...mediaFileTypes };
export const resourceAccept = acceptOf(resourceFileTypes);

/**
 * 50 MB (decimal): a library document is streamed by its own route into storage (decision 0038),
 * so it is not bound by the 10 MB of a server action. A longer video belongs on a hosting site.
 */
export const maxResourceBytes = 50_000_000;
/** What a server action may carry (links and notes; the streamed route carries documents). */
export const maxActionResourceBytes = maxUploadBytes;

/** A kit's photos: images only, through a server action, the app's 10 MB rule. */
export const photoFileTypes: Record<string, readonly string[]> = {
  png: documentFileTypes.png!,
  jpg: documentFileTypes.jpg!,
  jpeg: documentFileTypes.jpeg!,
  gif: documentFileTypes.gif!,
  webp: documentFileTypes.webp!,
};
export const photoAccept = acceptOf(photoFileTypes);
export const maxPhotoBytes = maxUploadBytes;

export const resourceSorts = ["newest", "most_used"] as const;
export type ResourceSort = (typeof resourceSorts)[number];

/** A reservation starts at most this far ahead. */
export const maxDaysAhead = 365;
