import "server-only";
import { ActionError } from "@/lib/action-result";
import { bytesMatchExtension, cleanFileName, genericContentTypes as genericTypes } from "@/server/storage/file-type";
import { attachmentTypes, maxAttachmentBytes } from "./schemas";

// An attachment is accepted on three counts: its extension, the type the browser declared, and
// its first bytes (server/storage/file-type.ts). The stored type is the extension's own, so a
// download never runs as HTML.

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
  if (!bytesMatchExtension(ext, file.bytes)) throw refuse("badContent");
  return { fileName, contentType: types[0]! };
}
