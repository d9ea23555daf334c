import "server-only";
import { ActionError } from "@/lib/action-result";
import type { RouteContext } from "@/server/access/route";
import { parseInput, resultOfError } from "@/server/access/run";
import { maxResourceBytes } from "./constants";
import { addStreamedResource, checkDocumentHead, checkDocumentName } from "./library";
import { resourceSchema } from "./schemas";

// The library's streamed upload (decision 0038): POST /api/n/[network]/tools/resources/upload.
// The body is the form's fields as JSON, `x-relais-fields-length` bytes long, then the file's
// bytes as they are. The fields are read and checked first, then the file's first bytes, then the
// rest goes chunk by chunk into storage: the server never holds the whole file.

export const fieldsLengthHeader = "x-relais-fields-length";
/** The fields of a resource: titles, description, tags… far below this. */
export const maxFieldsBytes = 64 * 1024;
/** What the route accepts in all: the file's limit plus its fields. */
export const maxUploadRequestBytes = maxResourceBytes + maxFieldsBytes;

/** Bytes of a stream read on demand, with a look-ahead buffer for the fields and the file's head. */
function bufferedReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  let pending: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const concat = () => {
    const all = Buffer.concat(pending);
    pending = all.length ? [all] : [];
    return all;
  };
  return {
    /** Reads until `n` bytes are buffered or the body ends. */
    async fill(n: number) {
      while (size < n && !done) {
        const next = await reader.read();
        if (next.done) done = true;
        else {
          pending.push(next.value);
          size += next.value.length;
        }
      }
      return size;
    },
    /** The first `n` buffered bytes, taken off the buffer. */
    take(n: number): Buffer {
      const all = concat();
      pending = all.length > n ? [all.subarray(n)] : [];
      size = Math.max(0, all.length - n);
      return all.subarray(0, n);
    },
    peek(n: number): Uint8Array {
      return concat().subarray(0, n);
    },
    /**
     * What is left: the buffer, then the rest of the body as it arrives. With `expected` (the
     * declared length), a body that ends short or long errors the stream: the upload is refused.
     */
    rest(expected?: number): ReadableStream<Uint8Array> {
      let count = 0;
      const end = (controller: ReadableStreamDefaultController<Uint8Array>) => {
        if (expected !== undefined && count !== expected)
          controller.error(new ActionError("invalid_input", "tools.validation.truncated", { file: "tools.validation.truncated" }));
        else controller.close();
      };
      return new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of pending) {
            count += chunk.length;
            controller.enqueue(chunk);
          }
          pending = [];
          if (done) end(controller);
        },
        async pull(controller) {
          if (done) return;
          const next = await reader.read();
          if (next.done) {
            done = true;
            end(controller);
          } else {
            count += next.value.length;
            controller.enqueue(next.value);
          }
        },
        cancel: (reason) => reader.cancel(reason),
      });
    },
    cancel: () => reader.cancel().catch(() => undefined),
  };
}

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

const statusOf = (code: string, fields?: Record<string, string>) =>
  code === "forbidden"
    ? 403
    : code === "not_found"
      ? 404
      : fields?.file && /tooBig/.test(fields.file)
        ? 413
        : 400;

/** The upload, from the first byte to the resource's row; answers like a server action's result. */
export async function handleResourceUpload(request: Request, ctx: RouteContext): Promise<Response> {
  const fieldsLength = Number(request.headers.get(fieldsLengthHeader) ?? "NaN");
  if (!request.body || !Number.isInteger(fieldsLength) || fieldsLength < 2 || fieldsLength > maxFieldsBytes)
    return json({ ok: false, code: "invalid_input", error: ctx.t("errors.invalid_input") }, 400);
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared - fieldsLength > maxResourceBytes) {
    // Refused before a byte is read: the browser said how big the file is.
    await request.body.cancel().catch(() => undefined);
    const error = ctx.t("tools.validation.tooBig", { max: maxResourceBytes / 1_000_000 });
    return json({ ok: false, code: "invalid_input", error, fieldErrors: { file: [error] } }, 413);
  }
  const body = bufferedReader(request.body);
  try {
    if ((await body.fill(fieldsLength)) < fieldsLength) throw new ActionError("invalid_input");
    let raw: unknown;
    try {
      raw = JSON.parse(body.take(fieldsLength).toString("utf8"));
    } catch {
      throw new ActionError("invalid_input");
    }
    const { fileName = "", fileType = "", ...fields } = (raw && typeof raw === "object" ? raw : {}) as Record<
      string,
      unknown
    >;
    const parsed = await parseInput(resourceSchema, { ...fields, kind: "document", file: undefined }, ctx.t);
    if (!parsed.ok) {
      await body.cancel();
      return json(parsed, 400);
    }
    const checked = checkDocumentName(String(fileName), String(fileType));
    await body.fill(16);
    checkDocumentHead(checked.ext, body.peek(16));
    const data = await addStreamedResource(
      ctx.db,
      {
        networkId: ctx.network.id,
        userId: ctx.userId,
        publish: ctx.can("tools.share"),
        defaultOrganisationId: ctx.organisationId,
      },
      parsed.data,
      {
        fileName: checked.fileName,
        contentType: checked.contentType,
        stream: body.rest(Number.isFinite(declared) ? declared - fieldsLength : undefined),
      },
    );
    return json({ ok: true, data }, 201);
  } catch (error) {
    await body.cancel();
    const result = resultOfError(error, ctx.t);
    const keys = error instanceof ActionError ? error.fieldKeys : undefined;
    return json(result, result.ok ? 200 : statusOf(result.code, keys));
  }
}
