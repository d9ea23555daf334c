import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { authThrottles } from "@/db/schema";
import type { Db } from "@/db/types";

// Failed sign-ins allowed per window, per email and per client address.
export const throttleLimits = { email: 5, ip: 20 } as const;
export const throttleWindowMinutes = 15;

type Keys = { email: string; ip: string | null };

function scopes({ email, ip }: Keys) {
  const list: { scope: "email" | "ip"; key: string }[] = [{ scope: "email", key: email }];
  if (ip) list.push({ scope: "ip", key: ip });
  return list;
}

/** True when the email or the address has used up its failures in the current window. */
export async function isThrottled(db: Db, keys: Keys): Promise<boolean> {
  for (const { scope, key } of scopes(keys)) {
    const [row] = await db
      .select({ failures: authThrottles.failures })
      .from(authThrottles)
      .where(
        and(
          eq(authThrottles.scope, scope),
          eq(authThrottles.key, key),
          sql`${authThrottles.windowStartedAt} > now() - make_interval(mins => ${throttleWindowMinutes})`,
        ),
      );
    if (row && row.failures >= throttleLimits[scope]) return true;
  }
  return false;
}

/** Counts one failure; a single upsert, so concurrent instances never lose a count. */
export async function recordFailure(db: Db, keys: Keys): Promise<void> {
  const expired = sql`${authThrottles.windowStartedAt} <= now() - make_interval(mins => ${throttleWindowMinutes})`;
  for (const { scope, key } of scopes(keys)) {
    await db
      .insert(authThrottles)
      .values({ scope, key, failures: 1 })
      .onConflictDoUpdate({
        target: [authThrottles.scope, authThrottles.key],
        set: {
          failures: sql`case when ${expired} then 1 else ${authThrottles.failures} + 1 end`,
          windowStartedAt: sql`case when ${expired} then now() else ${authThrottles.windowStartedAt} end`,
        },
      });
  }
}

/** A successful sign-in clears the email's counter (not the address's). */
export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.delete(authThrottles).where(and(eq(authThrottles.scope, "email"), eq(authThrottles.key, email)));
}
