// A cap on the body of every route handler (server/access/route.ts, the next-auth route). The
// declared length is checked first; a body without one (chunked) is read up to the cap and no
// further. Server actions have their own cap (next.config.js, experimental.serverActions).

/** The default cap of a route handler's body: route handlers take small JSON documents. */
export const defaultBodyLimitBytes = 1024 * 1024;

export class BodyTooLarge extends Error {}

/**
 * The request with its body read into memory when within `limit` bytes; throws BodyTooLarge
 * otherwise, without reading more than `limit` + one chunk. Requests without a body pass as they are.
 */
export async function capBody(request: Request, limit: number): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return request;
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}

/** The 413 answer (JSON, never cached). */
export function tooLarge(message: string): Response {
  return Response.json({ error: message }, { status: 413, headers: { "Cache-Control": "no-store" } });
}
