import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { audit } from "@/server/audit";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { clearFailures, isPasswordChangeThrottled, recordPasswordChangeFailure } from "@/server/auth/throttle";

/**
 * A signed-in user changes their password: the current one must be right (5 wrong ones per 15
 * minutes, then refused), and every session of the user ends as after a reset — the caller then
 * re-issues the current one (server/auth/session-cookie.ts). Returns the new session version.
 */
export async function changePassword(
  db: Db,
  args: { userId: string; currentPassword: string; password: string },
): Promise<{ sessionVersion: number }> {
  if (await isPasswordChangeThrottled(db, args.userId)) throw new ActionError("throttled", "errors.passwordChangeThrottled");
  const [user] = await db.select().from(users).where(eq(users.id, args.userId));
  if (!user) throw new ActionError("unauthenticated");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, args.currentPassword))) {
    await recordPasswordChangeFailure(db, args.userId);
    throw new ActionError("invalid_input", "errors.invalid_input", { currentPassword: "errors.currentPasswordWrong" });
  }
  const passwordHash = await hashPassword(args.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, args.userId))
      .returning({ sessionVersion: users.sessionVersion });
    await clearFailures(tx, user.email);
    await audit(tx, { networkId: null, actorId: args.userId, action: "auth.passwordChanged", entity: "users", entityId: args.userId });
    return { sessionVersion: row!.sessionVersion };
  });
}
