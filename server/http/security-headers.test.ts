import { describe, expect, it } from "vitest";
import { capBody, BodyTooLarge } from "./body-limit";
import { contentSecurityPolicy, isWellEncodedPath, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("a nonce CSP without inline scripts, frames refused, the tile host allowed when set", () => {
    const csp = contentSecurityPolicy({
      nonce: "abc",
      appUrl: "https://relais.example.fr",
      mapTileUrl: "https://{s}.tile.example.org/{z}/{x}/{y}.png",
    });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' blob: data: https://*.tile.example.org");
    expect(csp).toContain("upgrade-insecure-requests");
    const plain = contentSecurityPolicy({ nonce: "n", appUrl: "http://localhost:3000" });
    expect(plain).toContain("img-src 'self' blob: data:;");
    expect(plain).not.toContain("upgrade-insecure-requests");
    expect(
      contentSecurityPolicy({ nonce: "n", appUrl: "http://x", mapTileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" }),
    ).toContain("img-src 'self' blob: data: https://tile.openstreetmap.org;");
  });

  it("HSTS only over https", () => {
    expect(securityHeaders({ appUrl: "https://relais.example.fr" })).toMatchObject({
      "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
    });
    expect(securityHeaders({ appUrl: "http://localhost" })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("malformed %-escapes in a path are detected", () => {
    expect(isWellEncodedPath("/n/plp-demo/directory/%C3%A9")).toBe(true);
    expect(isWellEncodedPath("/n/%E0%A4%A")).toBe(false);
    expect(isWellEncodedPath("/agenda/%")).toBe(false);
  });
});

describe("body cap", () => {
  const big = "x".repeat(2 * 1024 * 1024);
  it("refuses a declared length over the cap, and a chunked body once it passes the cap", async () => {
    await expect(
      capBody(new Request("http://x/", { method: "POST", body: big, headers: { "content-length": String(big.length) } }), 1024),
    ).rejects.toBeInstanceOf(BodyTooLarge);
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode("y".repeat(64 * 1024)));
      },
    });
    await expect(
      capBody(new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit), 1024 * 1024),
    ).rejects.toBeInstanceOf(BodyTooLarge);
    const ok = await capBody(new Request("http://x/", { method: "POST", body: '{"a":1}' }), 1024);
    expect(await ok.json()).toEqual({ a: 1 });
  });
});
