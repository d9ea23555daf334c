import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string; isPlatformAdmin: boolean };

/**
 * The signed-in user, read once per request. The JWT only carries the user id: the row is read
 * from the database so that a deleted account or a lost admin flag takes effect at once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin })
    .from(users)
    .where(eq(users.id, id));
  return user ?? null;
});
