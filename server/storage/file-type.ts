// What a file's first bytes must be for its extension: an upload whose bytes do not match its
// name is refused (meeting attachments, library documents). Pure; no "server-only" marker.

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const magic: Record<string, (b: Uint8Array) => boolean> = {
  pdf: (b) => startsWith(b, ascii("%PDF-")),
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  jpeg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  gif: (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")),
  webp: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8),
  doc: (b) => startsWith(b, ole),
  xls: (b) => startsWith(b, ole),
  ppt: (b) => startsWith(b, ole),
  docx: (b) => startsWith(b, zip),
  xlsx: (b) => startsWith(b, zip),
  pptx: (b) => startsWith(b, zip),
  odt: (b) => startsWith(b, zip),
  ods: (b) => startsWith(b, zip),
  odp: (b) => startsWith(b, zip),
  // ISO base media (MP4, M4A): a box size, then "ftyp".
  mp4: (b) => startsWith(b, ascii("ftyp"), 4),
  m4a: (b) => startsWith(b, ascii("ftyp"), 4),
  mp3: (b) => startsWith(b, ascii("ID3")) || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0),
  ogg: (b) => startsWith(b, ascii("OggS")),
  webm: (b) => startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]),
};

/** True when the first bytes are those of the extension's format (false for an unknown one). */
export function bytesMatchExtension(ext: string, firstBytes: Uint8Array): boolean {
  const check = magic[ext.toLowerCase()];
  return check ? check(firstBytes) : false;
}

/** Some systems do not know office types and send these; the extension and bytes decide then. */
export const genericContentTypes = new Set(["", "application/octet-stream"]);

/** A file name without folders or control characters, at most 200 characters, extension kept. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 ? clean.slice(dot) : "";
  return clean.slice(0, 200 - ext.length) + ext;
}
