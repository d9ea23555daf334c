import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { endSessions } from "@/server/auth/options";
import { audit } from "@/server/audit";

/** Ends every open session of the account with that email ("sign out everywhere"). */
export async function endSessionsOfAccount(db: Db, { email }: { email: string }): Promise<{ email: string }> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new ActionError("not_found", "errors.not_found", { email: "errors.not_found" });
  await db.transaction(async (tx) => {
    await endSessions(tx, user.id);
    await audit(tx, { networkId: null, action: "auth.sessionsEnded", entity: "users", entityId: user.id });
  });
  return { email };
}
