"use client";
import type { ActionResult } from "@/lib/action-result";

// The browser's half of the streamed upload (features/tools/upload.ts): the form's fields as
// JSON, then the file, sent as one Blob (the browser reads the file from disk as it sends it).
// XMLHttpRequest rather than fetch: it reports the upload's progress.

export const fieldsLengthHeader = "x-relais-fields-length";

/** FormData's entries as the server action's parser reads them (repeated keys become lists). */
function fieldsOf(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function uploadDocument<T>(
  networkSlug: string,
  formData: FormData,
  file: File,
  { onProgress, failed }: { onProgress: (percent: number) => void; failed: string },
): Promise<ActionResult<T>> {
  const fields = new TextEncoder().encode(
    JSON.stringify({ ...fieldsOf(formData), fileName: file.name, fileType: file.type }),
  );
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/n/${encodeURIComponent(networkSlug)}/tools/resources/upload`);
    xhr.setRequestHeader(fieldsLengthHeader, String(fields.byteLength));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((100 * e.loaded) / e.total));
    };
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as ActionResult<T>);
      } catch {
        resolve({ ok: false, code: "unexpected", error: failed });
      }
    };
    xhr.onerror = () => resolve({ ok: false, code: "unexpected", error: failed });
    xhr.send(new Blob([fields, file]));
  });
}
