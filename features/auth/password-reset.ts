import "server-only";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { passwordResetTokens, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { hashPassword } from "@/server/auth/password";
import { hashToken, newToken, normaliseEmail } from "@/server/auth/tokens";
import type { Mailer } from "@/server/mail/mailer";
import { passwordResetMail } from "@/server/mail/templates";
import { allowResetRequest, clearFailures } from "@/server/auth/throttle";
import { audit } from "@/server/audit";

export const resetTokenLifetimeMs = 60 * 60 * 1000;

/** Every answer to a reset request takes at least this long, known email or not. */
export const resetRequestMinimumMs = 400;
const nobody = "00000000-0000-0000-0000-000000000000";

/**
 * Sends a reset link when the email has an account; says nothing either way (no enumeration):
 * the same statements run for an unknown email (against no row), the mail is built in both
 * cases, and the answer is held until a fixed minimum time. At most 3 requests per email and 10
 * per address in 15 minutes are served. A new link makes the earlier unused ones invalid.
 */
export async function requestPasswordReset(
  db: Db,
  mailer: Mailer,
  args: { email: string; locale: string; appUrl: string; ip?: string | null; now?: Date; minimumMs?: number },
): Promise<void> {
  const started = Date.now();
  try {
    const email = normaliseEmail(args.email);
    if (!(await allowResetRequest(db, { email, ip: args.ip ?? null }))) return;
    const now = args.now ?? new Date();
    const { token, tokenHash } = newToken();
    const mail = passwordResetMail({ locale: args.locale, to: email, url: `${args.appUrl}/reset-password/${token}` });
    await db.transaction(async (tx) => {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      await tx
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(and(eq(passwordResetTokens.userId, user?.id ?? nobody), isNull(passwordResetTokens.usedAt)));
      if (!user) return;
      await tx.insert(passwordResetTokens).values({
        userId: user.id,
        tokenHash,
        expiresAt: new Date(now.getTime() + resetTokenLifetimeMs),
      });
      await mailer.send(tx, mail);
      await audit(tx, { networkId: null, actorId: null, action: "auth.passwordResetRequested", entity: "users", entityId: user.id, summary: { address: args.ip ?? null } });
    });
  } finally {
    const wait = (args.minimumMs ?? resetRequestMinimumMs) - (Date.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Sets a new password with a single-use, unexpired token. */
export async function resetPassword(db: Db, args: { token: string; password: string }): Promise<void> {
  const tokenHash = hashToken(args.token);
  const passwordHash = await hashPassword(args.password);
  await db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!used) {
      const [row] = await tx
        .select()
        .from(passwordResetTokens)
        .where(eq(passwordResetTokens.tokenHash, tokenHash));
      if (!row) throw new ActionError("not_found", "errors.resetLinkInvalid");
      if (row.usedAt) throw new ActionError("already_used", "errors.resetLinkUsed");
      throw new ActionError("expired", "errors.resetLinkExpired");
    }
    // The other links of the user die with this one; every open session ends.
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.userId, used.userId),
          isNull(passwordResetTokens.usedAt),
          ne(passwordResetTokens.tokenHash, tokenHash),
        ),
      );
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    if (user) await clearFailures(tx, user.email);
    await audit(tx, { networkId: null, actorId: used.userId, action: "auth.passwordReset", entity: "users", entityId: used.userId });
  });
}

/** True when a reset link can still be used (the page answers 404 otherwise). */
export async function isResetTokenUsable(db: Db, token: string): Promise<boolean> {
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, new Date()),
      ),
    );
  return Boolean(row);
}
