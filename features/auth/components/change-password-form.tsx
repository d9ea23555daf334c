"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { NewPasswordFields } from "./new-password-fields";
import { changePasswordAction } from "@/features/auth/actions";

export function ChangePasswordForm() {
  const t = useTranslations("auth");
  const form = useRef<HTMLFormElement>(null);
  const [state, submit, pending] = useActionForm(async (data: FormData) => {
    const result = await changePasswordAction(data);
    if (result.ok) form.current?.reset();
    return result;
  });
  return (
    <form ref={form} onSubmit={submit} className="space-y-4" noValidate>
      {state?.ok ? <Alert tone="success">{t("passwordChangedKept")}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "currentPassword")}
      />
      <NewPasswordFields state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {t("changePasswordSubmit")}
      </Button>
    </form>
  );
}
