import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string; isPlatformAdmin: boolean };

/**
 * The signed-in user, read once per request. The JWT only carries the user id: the row is read
 * from the database so that a deleted account or a lost admin flag takes effect at once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  return sessionUserOf(getDb(), session?.user as SessionClaims | undefined);
});

type SessionClaims = { id?: string; sv?: unknown };

/**
 * The user a session names, if that session is still open: the user exists and the session
 * version in the JWT is the user's current one (raised by sign-out, a password reset, "sign out
 * everywhere"). Exported for the tests, which have no request.
 */
export async function sessionUserOf(db: Db, claims: SessionClaims | undefined): Promise<SessionUser | null> {
  if (!claims?.id) return null;
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isPlatformAdmin: users.isPlatformAdmin,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, claims.id));
  if (!user || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
}
