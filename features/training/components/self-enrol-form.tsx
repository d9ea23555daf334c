"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { selfEnrolAction } from "../actions";

/** A person asks to join a cycle from its invitation link; the coordinator accepts or refuses. */
export function SelfEnrolForm({ token }: { token: string }) {
  const t = useTranslations("training.self");
  const [state, submit, pending] = useActionForm((formData: FormData) => selfEnrolAction(formData));
  if (state?.ok) return <Alert tone="success">{t("sent")}</Alert>;
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t("firstName")} name="firstName" required autoComplete="given-name" errors={err("firstName")} />
        <TextField label={t("lastName")} name="lastName" required autoComplete="family-name" errors={err("lastName")} />
      </div>
      <TextField label={t("email")} name="email" type="email" required autoComplete="email" errors={err("email")} />
      <p className="text-sm text-muted">{t("privacy")}</p>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
