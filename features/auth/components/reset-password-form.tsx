"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { NewPasswordFields } from "./new-password-fields";
import { resetPasswordAction } from "@/features/auth/actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, submit, pending] = useActionForm(resetPasswordAction);
  if (state?.ok) {
    return (
      <Alert tone="success">
        {t("passwordChanged")}{" "}
        <Link href="/signin" className="underline">
          {t("signIn")}
        </Link>
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {t("setPassword")}
      </Button>
    </form>
  );
}
