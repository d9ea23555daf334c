import "server-only";
import { EventEmitter } from "node:events";
import http from "node:http";

// Route handlers of Next.js 16 do not see the TCP peer: `request.ip` is gone, and Next.js only
// fills X-Forwarded-For with the socket address when the client did not send one (`??=` in
// base-server), so that header is whatever the client says. This puts the socket's address in a
// private request header before Next.js reads the request, replacing any value the client sent.
// It covers every node:http server of the process (`next start` and `next dev` create one).

export const peerHeader = "x-relais-peer";
let installed = false;

export function installPeerAddressHeader(): void {
  if (installed) return;
  installed = true;
  const emit = EventEmitter.prototype.emit;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const address = request.socket?.remoteAddress;
      if (address) request.headers[peerHeader] = address.replace(/^::ffff:/, "");
      else delete request.headers[peerHeader];
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

/**
 * The client's address: behind a trusted reverse proxy (TRUST_PROXY=true), the right-most
 * X-Forwarded-For hop, the one that proxy appended (hops to its left are the client's claim);
 * otherwise the socket's peer. Null when neither is known.
 */
export function clientAddress(
  headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>,
  trustProxy: boolean,
): string | null {
  const read = (name: string): string | null => {
    if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name);
    const value = (headers as Record<string, string | string[] | undefined>)[name];
    return (Array.isArray(value) ? value.join(",") : value) ?? null;
  };
  if (trustProxy) {
    const hops = (read("x-forwarded-for") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    const last = hops.at(-1);
    if (last) return last;
  }
  return read(peerHeader) || null;
}
