// THE upload rules of the app's documents (meeting attachments, library documents): one size
// limit and one list of accepted extensions, so that a user meets one rule. Client-safe.

/**
 * 10 MB (decimal): a document travels in one server-action request, whose body Next.js caps at
 * 10 MiB (next.config.js), with room for the envelope. See decision 0020.
 */
export const maxUploadBytes = 10_000_000;

/** PDF, images, office documents. Extension → the types a browser may send. */
export const documentFileTypes: Record<string, readonly string[]> = {
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

/** Audio and short video, accepted in the library on top of documents. */
export const mediaFileTypes: Record<string, readonly string[]> = {
  mp3: ["audio/mpeg"],
  m4a: ["audio/mp4", "audio/x-m4a"],
  ogg: ["audio/ogg"],
  mp4: ["video/mp4"],
  webm: ["video/webm"],
};

/** The `accept` attribute of a file input for these extensions. */
export const acceptOf = (types: Record<string, readonly string[]>) =>
  Object.keys(types)
    .map((ext) => `.${ext}`)
    .join(",");
