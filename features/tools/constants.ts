// Client-safe values of the shared tools: importable from "use client" components (no zod here).
export {
  itemConditions,
  methodSheetSections,
  reservationStatuses,
  resourceFormats,
  resourceKinds,
  resourceStatuses,
  type ItemCondition,
  type ResourceFormat,
  type ResourceKind,
} from "@/lib/domain/tools";

/**
 * 10 MB (decimal): a document travels in one server-action request, whose body Next.js caps at
 * 10 MiB (next.config.js); videos are shared as links to a hosting site. See decision 0020.
 */
export const maxResourceBytes = 10_000_000;

/** Accepted documents: PDF, images, office files, audio and short video. Extension → types a browser may send. */
export const resourceFileTypes: Record<string, readonly string[]> = {
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
  mp3: ["audio/mpeg"],
  m4a: ["audio/mp4", "audio/x-m4a"],
  ogg: ["audio/ogg"],
  mp4: ["video/mp4"],
  webm: ["video/webm"],
};

export const resourceAccept = Object.keys(resourceFileTypes)
  .map((ext) => `.${ext}`)
  .join(",");

export const resourceSorts = ["newest", "most_used"] as const;
export type ResourceSort = (typeof resourceSorts)[number];

/** A reservation starts at most this far ahead. */
export const maxDaysAhead = 365;
