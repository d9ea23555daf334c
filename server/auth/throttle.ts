import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { authThrottles } from "@/db/schema";
import type { Db } from "@/db/types";

// Failed sign-ins allowed per window: per email *from one client address*, and per address over
// all emails. Keying the email's counter on the address too means that nobody can lock another
// person out of their account: failures from the attacker's address only close that address
// (docs/decisions/0022-sessions-and-sign-in-limits.md). Password reset requests are limited per
// email and per address in the same table.
export const throttleLimits = { email: 5, ip: 20, reset: 3, resetIp: 10, change: 5 } as const;
export const throttleWindowMinutes = 15;

type Scope = keyof typeof throttleLimits;
type Keys = { email: string; ip: string | null };

/** The counter key of an email seen from one address ("-" when the address is unknown). */
export const emailKey = (email: string, ip: string | null) => `${email} ${ip ?? "-"}`;

function signInScopes({ email, ip }: Keys) {
  const list: { scope: Scope; key: string }[] = [{ scope: "email", key: emailKey(email, ip) }];
  if (ip) list.push({ scope: "ip", key: ip });
  return list;
}

function resetScopes({ email, ip }: Keys) {
  const list: { scope: Scope; key: string }[] = [{ scope: "reset", key: email }];
  if (ip) list.push({ scope: "resetIp", key: ip });
  return list;
}

const inWindow = sql`${authThrottles.windowStartedAt} > now() - make_interval(mins => ${throttleWindowMinutes})`;

async function anyExhausted(db: Db, scopes: { scope: Scope; key: string }[]): Promise<boolean> {
  for (const { scope, key } of scopes) {
    const [row] = await db
      .select({ failures: authThrottles.failures })
      .from(authThrottles)
      .where(and(eq(authThrottles.scope, scope), eq(authThrottles.key, key), inWindow));
    if (row && row.failures >= throttleLimits[scope]) return true;
  }
  return false;
}

/** Counts one event per scope; a single upsert each, so concurrent instances never lose a count. */
async function count(db: Db, scopes: { scope: Scope; key: string }[]): Promise<number[]> {
  const expired = sql`${authThrottles.windowStartedAt} <= now() - make_interval(mins => ${throttleWindowMinutes})`;
  const counts: number[] = [];
  for (const { scope, key } of scopes) {
    const [row] = await db
      .insert(authThrottles)
      .values({ scope, key, failures: 1 })
      .onConflictDoUpdate({
        target: [authThrottles.scope, authThrottles.key],
        set: {
          failures: sql`case when ${expired} then 1 else ${authThrottles.failures} + 1 end`,
          windowStartedAt: sql`case when ${expired} then now() else ${authThrottles.windowStartedAt} end`,
        },
      })
      .returning({ failures: authThrottles.failures });
    counts.push(row?.failures ?? 0);
  }
  return counts;
}

/** True when this email from this address, or the address, has used up its failures. */
export const isThrottled = (db: Db, keys: Keys) => anyExhausted(db, signInScopes(keys));

/** Counts one failure; returns the scopes this failure has just closed (for the audit trail). */
export async function recordFailure(db: Db, keys: Keys): Promise<Scope[]> {
  const scopes = signInScopes(keys);
  const counts = await count(db, scopes);
  return scopes.filter(({ scope }, i) => counts[i] === throttleLimits[scope]).map((s) => s.scope);
}

/**
 * Counts one password reset request and says whether it may be served (at most 3 mails per
 * email and 10 requests per address in 15 minutes).
 */
export async function allowResetRequest(db: Db, keys: Keys): Promise<boolean> {
  // Counted first, in one upsert per scope: of requests arriving together, only the first ones
  // within the limit see a count that allows them.
  const scopes = resetScopes(keys);
  const counts = await count(db, scopes);
  return scopes.every(({ scope }, i) => counts[i]! <= throttleLimits[scope]);
}

/** Wrong current passwords of a signed-in user: 5 per 15 minutes, then the screen refuses. */
export const isPasswordChangeThrottled = (db: Db, userId: string) =>
  anyExhausted(db, [{ scope: "change", key: userId }]);
export async function recordPasswordChangeFailure(db: Db, userId: string): Promise<void> {
  await count(db, [{ scope: "change", key: userId }]);
}

/**
 * Clears an email's sign-in counters: after a success, from that address; after a password
 * reset (address null), from every address. The address's own counter stays.
 */
export async function clearFailures(db: Db, email: string, ip?: string | null): Promise<void> {
  const where =
    ip === undefined
      ? sql`left(${authThrottles.key}, ${email.length + 1}) = ${`${email} `}`
      : eq(authThrottles.key, emailKey(email, ip));
  await db.delete(authThrottles).where(and(eq(authThrottles.scope, "email"), where));
}
