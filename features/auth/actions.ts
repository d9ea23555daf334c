"use server";
import { headers } from "next/headers";
import { publicAction, userAction } from "@/server/access/server";
import { keepCurrentSession } from "@/server/auth/session-cookie";
import { changePassword } from "./password-change";
import { env } from "@/server/env";
import { clientAddress } from "@/server/http/peer-address";
import { getMailer } from "@/server/mail/mailer";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { passwordChangeSchema, passwordResetRequestSchema, passwordResetSchema } from "./schemas";

// POST (server action) – send a password reset link when the email has an account
export const requestPasswordResetAction = publicAction(
  passwordResetRequestSchema,
  async ({ db, locale }, input) => {
    const ip = clientAddress(await headers(), env().TRUST_PROXY === "true");
    await requestPasswordReset(db, getMailer(), { email: input.email, locale, appUrl: env().APP_URL, ip });
    return null;
  },
);

// POST (server action) – set a new password with a reset link
export const resetPasswordAction = publicAction(passwordResetSchema, async ({ db }, input) => {
  await resetPassword(db, { token: input.token, password: input.password });
  return null;
});

// POST (server action) – a signed-in user changes their password; their other sessions end
export const changePasswordAction = userAction(passwordChangeSchema, async ({ db, user }, input) => {
  const { sessionVersion } = await changePassword(db, {
    userId: user.id,
    currentPassword: input.currentPassword,
    password: input.password,
  });
  await keepCurrentSession(user.id, sessionVersion);
  return null;
});
