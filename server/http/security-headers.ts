// The security headers of every response (set by proxy.ts). The Content-Security-Policy carries a
// per-request nonce: Next.js reads it from the request's own CSP header and puts it on the
// scripts it renders; any other inline script is refused. Styles allow 'unsafe-inline' because
// React's style attributes and the map library set inline styles (a nonce cannot cover those).

export type SecurityHeaderOptions = {
  nonce: string;
  appUrl: string;
  /** MAP_TILE_URL, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  mapTileUrl?: string;
  /** next dev: React's debugging tools evaluate code and the dev overlay connects a websocket. */
  development?: boolean;
};

function tileOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    // {s} sub-domains ({s}.tile.example.org) become a wildcard host.
    const parsed = new URL(url.replace(/\{s\}/g, "a").replace(/\{[a-z]\}/gi, "0"));
    const host = url.includes("{s}") ? parsed.host.replace(/^a\./, "*.") : parsed.host;
    return `${parsed.protocol}//${host}`;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy({ nonce, mapTileUrl, development, appUrl }: SecurityHeaderOptions) {
  const tiles = tileOrigin(mapTileUrl);
  const https = appUrl.startsWith("https:");
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers of every response; the CSP only on HTML pages (set by the caller). */
export function securityHeaders(options: Pick<SecurityHeaderOptions, "appUrl">): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.appUrl.startsWith("https:")) {
    headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  }
  return headers;
}

/** True when every segment of a path decodes (a malformed %-escape is a 400, not a framework 500). */
export function isWellEncodedPath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
