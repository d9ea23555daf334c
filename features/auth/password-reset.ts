import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { passwordResetTokens, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { hashPassword } from "@/server/auth/password";
import { hashToken, newToken, normaliseEmail } from "@/server/auth/tokens";
import type { Mailer } from "@/server/mail/mailer";
import { passwordResetMail } from "@/server/mail/templates";
import { clearFailures } from "@/server/auth/throttle";

export const resetTokenLifetimeMs = 60 * 60 * 1000;

/** Sends a reset link when the email has an account; says nothing either way (no enumeration). */
export async function requestPasswordReset(
  db: Db,
  mailer: Mailer,
  args: { email: string; locale: string; appUrl: string; now?: Date },
): Promise<void> {
  const email = normaliseEmail(args.email);
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) return;
  const now = args.now ?? new Date();
  const { token, tokenHash } = newToken();
  await db.insert(passwordResetTokens).values({
    userId: user.id,
    tokenHash,
    expiresAt: new Date(now.getTime() + resetTokenLifetimeMs),
  });
  await mailer.send(
    db,
    passwordResetMail({ locale: args.locale, to: email, url: `${args.appUrl}/reset-password/${token}` }),
  );
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
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    if (user) await clearFailures(tx, user.email);
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
