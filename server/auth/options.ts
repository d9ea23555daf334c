import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { verifyCredentials } from "@/server/auth/credentials";
import { env } from "@/server/env";

/** The client address: the one Next.js saw, or the left-most forwarded one behind a trusted proxy. */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (!hops.length) return null;
  return (env().TRUST_PROXY === "true" ? hops[0] : hops[hops.length - 1]) ?? null;
}

let options: NextAuthOptions | undefined;

// Built on first use, never at import: `next build` must not need a secret or a database.
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const email = typeof credentials?.email === "string" ? credentials.email : "";
          const password = typeof credentials?.password === "string" ? credentials.password : "";
          if (!email || !password || email.length > 320 || password.length > 500) return null;
          const header = req?.headers?.["x-forwarded-for"] as string | undefined;
          const result = await verifyCredentials(getDb(), { email, password, ip: clientAddress(header) });
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
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
  return options;
}
