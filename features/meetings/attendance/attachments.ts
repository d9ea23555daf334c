import "server-only";
import { ActionError } from "@/lib/action-result";
import { attachmentTypes, maxAttachmentBytes } from "./schemas";

// An attachment is accepted on three counts: its extension, the type the browser declared, and
// its first bytes. The stored type is the extension's own, so a download never runs as HTML.

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
};

/** Some systems do not know office types and send these; the extension and bytes decide then. */
const genericTypes = new Set(["", "application/octet-stream"]);

/** A file name without folders or control characters, at most 200 characters, extension kept. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 ? clean.slice(dot) : "";
  return clean.slice(0, 200 - ext.length) + ext;
}

const refuse = (key: string) =>
  new ActionError("invalid_input", `attendance.attachments.${key}`, {
    file: `attendance.attachments.${key}`,
  });

/** Checks an uploaded file; returns the name and content type to store, or throws a field error. */
export function checkAttachment(file: { name: string; type: string; bytes: Uint8Array }) {
  if (file.bytes.length === 0) throw refuse("emptyFile");
  if (file.bytes.length > maxAttachmentBytes) throw refuse("tooBig");
  const fileName = cleanFileName(file.name);
  const ext = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  const types = attachmentTypes[ext];
  if (!types || !fileName.slice(0, -ext.length - 1)) throw refuse("badType");
  const declared = file.type.split(";")[0]!.trim().toLowerCase();
  if (!genericTypes.has(declared) && !types.includes(declared)) throw refuse("badType");
  if (!magic[ext]!(file.bytes)) throw refuse("badContent");
  return { fileName, contentType: types[0]! };
}
