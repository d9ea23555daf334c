import { z } from "zod";
import { emailField, passwordField } from "@/lib/validation/fields";

/** The password-change screen: the current password, and a new one typed twice that differs. */
export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1, "validation.required").max(500), password: passwordField, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "validation.passwordMismatch" })
  .refine((v) => v.password !== v.currentPassword, { path: ["password"], message: "validation.passwordUnchanged" });

export const passwordResetRequestSchema = z.object({ email: emailField });

/** A new password typed twice; the mismatch is reported on the confirmation field. */
export const passwordResetSchema = z
  .object({ token: z.string().min(20).max(200), password: passwordField, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "validation.passwordMismatch",
  });
