"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { endSessionsAction } from "@/features/admin/actions";

export function EndSessionsForm() {
  const t = useTranslations("admin");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await endSessionsAction(formData);
    if (result.ok) formRef.current?.reset();
    return result;
  });
  return (
    <form ref={formRef} onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700">{t("endSessionsIntro")}</p>
      {state?.ok ? <Alert tone="success">{t("sessionsEnded", { email: state.data.email })}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField
        label={t("endSessionsEmail")}
        name="email"
        type="email"
        required
        errors={fieldErrors(state, "email")}
      />
      <Button type="submit" disabled={pending}>
        {t("endSessions")}
      </Button>
    </form>
  );
}
