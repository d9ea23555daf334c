import { NextResponse, type NextRequest } from "next/server";

// Passes the requested path to server components, so that a sign-in redirect can come back to it.
// Access itself is checked by server/access, never here.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-relais-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)"],
};
