import "server-only";
import { eq, sql } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import { verifyCredentials } from "@/server/auth/credentials";
import { env } from "@/server/env";
import { clientAddress } from "@/server/http/peer-address";

let options: NextAuthOptions | undefined;

export const sessionMaxAgeSeconds = 60 * 60 * 12;

/**
 * The cookies of next-auth. Over https: Secure, and prefixed (`__Secure-` for the session,
 * `__Host-` for the CSRF token: no Domain, path /), so that a sub-domain or plain http page
 * cannot set or read them.
 */
export function sessionCookies(appUrl: string): NonNullable<NextAuthOptions["cookies"]> {
  const secure = appUrl.startsWith("https:");
  const base = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    sessionToken: { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, options: base },
    callbackUrl: { name: `${secure ? "__Secure-" : ""}next-auth.callback-url`, options: base },
    csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options: base },
  };
}

/** The user's session version; a JWT carrying another one is a closed session. */
export async function currentSessionVersion(db: Db, userId: string): Promise<number | null> {
  const [row] = await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row?.v ?? null;
}

/** Ends every session of a user at once (sign-out, password change, "sign out everywhere"). */
export async function endSessions(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

// Built on first use, never at import: `next build` must not need a secret or a database.
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    useSecureCookies: env().APP_URL.startsWith("https:"),
    cookies: sessionCookies(env().APP_URL),
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const email = typeof credentials?.email === "string" ? credentials.email : "";
          const password = typeof credentials?.password === "string" ? credentials.password : "";
          if (!email || !password || email.length > 320 || password.length > 500) return null;
          const ip = clientAddress(req?.headers ?? {}, env().TRUST_PROXY === "true");
          const result = await verifyCredentials(getDb(), { email, password, ip });
          if (!result.ok) {
            // next-auth v4 turns a thrown error's message into the `error` the sign-in form reads.
            if (result.reason === "throttled") throw new Error("throttled");
            return null;
          }
          return result.user;
        },
      }),
    ],
    callbacks: {
      // The JWT carries the user id and the session version it was issued under; on every
      // request the version is compared with the user's: a raised one empties the token.
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          return token;
        }
        if (!token.sub) return token;
        const version = await currentSessionVersion(getDb(), token.sub);
        if (version === null || version !== token.sv) return {};
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) {
          const user = session.user as { id?: string; sv?: unknown };
          user.id = token.sub;
          user.sv = token.sv;
        }
        return session;
      },
    },
    events: {
      // Signing out ends the user's sessions everywhere: a copied cookie is dead too.
      async signOut({ token }) {
        if (token?.sub) await endSessions(getDb(), token.sub);
      },
    },
  };
  return options;
}
