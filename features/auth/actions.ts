"use server";
import { headers } from "next/headers";
import { publicAction } from "@/server/access/server";
import { env } from "@/server/env";
import { clientAddress } from "@/server/http/peer-address";
import { getMailer } from "@/server/mail/mailer";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { passwordResetRequestSchema, passwordResetSchema } from "./schemas";

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
