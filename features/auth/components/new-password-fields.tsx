"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/action-result";

/**
 * A new password typed twice, with the password rule as hint: the fields of the reset link's form
 * and of the password-change screen (features/auth/schemas.ts names them `password` and
 * `passwordConfirm`; the mismatch is reported on the confirmation).
 */
export function NewPasswordFields({ state }: { state: ActionResult<unknown> | null }) {
  const t = useTranslations("auth");
  return (
    <>
      <TextField
        label={t("newPassword")}
        hint={t("passwordRule")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors(state, "password")}
      />
      <TextField
        label={t("passwordConfirm")}
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors(state, "passwordConfirm")}
      />
    </>
  );
}
