import { describe, expect, it, vi } from "vitest";
import { resetPassword } from "@/features/auth/password-reset";
import { passwordResetTokens } from "@/db/schema";
import { hashToken, newToken } from "@/server/auth/tokens";
import { testDb as db } from "@/test/db";
import { createUser } from "@/test/factories/index";
import { authOptions, endSessions, sessionCookies } from "./options";
import { sessionUserOf } from "./session";

// next-auth's callbacks read the request's database: the test database here.
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: () => db,
}));

// A session is the JWT's claims { id, sv }: what getSessionUser reads through next-auth.
describe("session versions", () => {
  it("a session stays open until the user's sessions are ended (sign-out, admin)", async () => {
    const user = await createUser(db, { email: "session@exemple.test" });
    const claims = { id: user.id, sv: 0 };
    expect(await sessionUserOf(db, claims)).toMatchObject({ id: user.id });
    await endSessions(db, user.id);
    // The copied cookie of before is now refused.
    expect(await sessionUserOf(db, claims)).toBeNull();
    expect(await sessionUserOf(db, { id: user.id, sv: 1 })).toMatchObject({ id: user.id });
  });

  it("a password reset ends every open session", async () => {
    const user = await createUser(db, { email: "session-reset@exemple.test" });
    const { token, tokenHash } = newToken();
    expect(hashToken(token)).toBe(tokenHash);
    await db.insert(passwordResetTokens).values({ userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 60_000) });
    await resetPassword(db, { token, password: "un mot de passe neuf" });
    expect(await sessionUserOf(db, { id: user.id, sv: 0 })).toBeNull();
  });

  it("next-auth's jwt callback empties a token of an older version", async () => {
    const user = await createUser(db, { email: "session-jwt@exemple.test" });
    const jwt = authOptions().callbacks!.jwt!;
    const issued = await jwt({ token: {}, user: { id: user.id, sessionVersion: 0 } as never, account: null });
    expect(issued).toMatchObject({ sub: user.id, sv: 0 });
    expect(await jwt({ token: { ...issued }, user: undefined as never, account: null })).toMatchObject({ sub: user.id });
    await endSessions(db, user.id);
    expect(await jwt({ token: { ...issued }, user: undefined as never, account: null })).toEqual({});
  });
});

describe("session cookies", () => {
  it("are Secure and prefixed when APP_URL is https", () => {
    const cookies = sessionCookies("https://relais.example.fr");
    expect(cookies.sessionToken).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(cookies.csrfToken!.name).toBe("__Host-next-auth.csrf-token");
    expect(cookies.csrfToken!.options).toMatchObject({ secure: true, path: "/" });
    expect(cookies.callbackUrl!.name).toBe("__Secure-next-auth.callback-url");
  });

  it("are plain on http (development)", () => {
    const cookies = sessionCookies("http://localhost:3000");
    expect(cookies.sessionToken!.name).toBe("next-auth.session-token");
    expect(cookies.sessionToken!.options.secure).toBe(false);
  });
});
