"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { credentialsSignIn } from "@/components/shell/credentials-sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction } from "@/features/members/actions";

export function AcceptInvitationForm({
  token,
  hasAccount,
  signedIn,
}: {
  token: string;
  hasAccount: boolean;
  signedIn: boolean;
}) {
  const t = useTranslations("invitation");
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await acceptInvitationAction(formData);
    if (result.ok) {
      const target = `/n/${result.data.networkSlug}`;
      if (result.data.createdAccount) {
        await credentialsSignIn(result.data.email, password);
        router.push(target);
      } else if (signedIn) {
        router.push(target);
      } else {
        router.push(
          `/signin?email=${encodeURIComponent(result.data.email)}&callbackUrl=${encodeURIComponent(target)}`,
        );
      }
      router.refresh();
    }
    return result;
  });
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("accepted")}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="hasAccount" value={String(hasAccount)} />
      {hasAccount ? (
        <p>{t("existingAccount")}</p>
      ) : (
        <>
          <TextField
            label={t("name")}
            name="name"
            autoComplete="name"
            required
            errors={fieldErrors(state, "name")}
          />
          <TextField
            label={t("password")}
            hint={t("passwordRule")}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
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
      )}
      <Button type="submit" className="w-full" disabled={pending || state?.ok}>
        {t("accept")}
      </Button>
    </form>
  );
}
