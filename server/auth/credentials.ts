import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import { burnPasswordCheck, verifyPassword } from "@/server/auth/password";
import { normaliseEmail } from "@/server/auth/tokens";
import { audit } from "@/server/audit";
import { clearFailures, isThrottled, recordFailure } from "./throttle";

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

/** Checks an email and password, counting failures per email and address and per address. */
export async function verifyCredentials(
  db: Db,
  input: { email: string; password: string; ip: string | null },
): Promise<CredentialsResult> {
  const email = normaliseEmail(input.email);
  const keys = { email, ip: input.ip };
  if (await isThrottled(db, keys)) return { ok: false, reason: "throttled" };
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);
  if (!user || !valid) {
    const closed = await recordFailure(db, keys);
    // The trail names the account when there is one, never the typed email; failures against
    // unknown emails are recorded only when they close an address (anyone can send those).
    const entry = { networkId: null, actorId: null, entity: "users", entityId: user?.id ?? null, summary: { address: input.ip } };
    if (user) await audit(db, { ...entry, action: "auth.signInFailed" });
    for (const scope of closed) await audit(db, { ...entry, action: "auth.lockedOut", summary: { address: input.ip, scope } });
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(db, email, input.ip);
  // Shown to coordinators on the members' page ("dernière connexion").
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}
