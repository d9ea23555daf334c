"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordResetAction } from "@/features/auth/actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, submit, pending] = useActionForm(requestPasswordResetAction);
  if (state?.ok) return <Alert tone="success">{t("resetRequested")}</Alert>;
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors(state, "email")}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {t("sendResetLink")}
      </Button>
    </form>
  );
}
