import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/server/env";
import { contentSecurityPolicy, isWellEncodedPath, securityHeaders } from "@/server/http/security-headers";

// Every request but static files passes here: a malformed %-escape in the path is a 400 (the
// framework would answer 500); pages get a nonce-based Content-Security-Policy, every response
// the other security headers (server/http/security-headers.ts). It also passes the requested path
// to server components, so that a sign-in redirect can come back to it. Access itself is checked
// by server/access, never here.
export function proxy(request: NextRequest) {
  const { APP_URL, MAP_TILE_URL, NODE_ENV } = env();
  const common = securityHeaders({ appUrl: APP_URL });
  if (!isWellEncodedPath(request.nextUrl.pathname)) {
    return new NextResponse("Bad Request", {
      status: 400,
      headers: { ...common, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const headers = new Headers(request.headers);
  headers.set("x-relais-path", request.nextUrl.pathname + request.nextUrl.search);
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  let csp: string | null = null;
  if (!isApi) {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    csp = contentSecurityPolicy({
      nonce,
      appUrl: APP_URL,
      mapTileUrl: MAP_TILE_URL,
      development: NODE_ENV === "development",
    });
    // Next.js finds the nonce in the request's CSP header and adds it to the scripts it renders.
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
  }
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(common)) response.headers.set(name, value);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // The streamed upload route stays out: Next buffers (and cuts at 10 MiB) the body of every request
  // the proxy sees (experimental.proxyClientMaxBodySize). Its handler checks access itself (decision 0038).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/n/.*/tools/resources/upload$|.*\\.(?:png|svg|ico)$).*)"],
};
