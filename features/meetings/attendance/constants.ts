// Client-safe values of this area: importable from "use client" components (no zod here).

export const checkInStatuses = ["present", "late", "absent"] as const;

export type CheckInStatus = (typeof checkInStatuses)[number];

/** The drawing area of an on-screen signature; the stored path uses these coordinates. */
export const signatureBox = { width: 400, height: 150 } as const;

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
