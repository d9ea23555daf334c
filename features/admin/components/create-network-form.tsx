"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createNetworkAction } from "@/features/admin/actions";

export function CreateNetworkForm() {
  const t = useTranslations("admin");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await createNetworkAction(formData);
    if (result.ok) formRef.current?.reset();
    return result;
  });
  return (
    <form ref={formRef} onSubmit={submit} className="space-y-4" noValidate>
      {state?.ok ? <Alert tone="success">{t("created", { slug: state.data.slug })}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField label={t("networkName")} name="name" required errors={fieldErrors(state, "name")} />
      <TextField
        label={t("slug")}
        hint={t("slugHint")}
        name="slug"
        required
        errors={fieldErrors(state, "slug")}
      />
      <TextField label={t("territory")} name="territoryLabel" errors={fieldErrors(state, "territoryLabel")} />
      <TextField
        label={t("coordinatorEmail")}
        hint={t("coordinatorHint")}
        name="coordinatorEmail"
        type="email"
        required
        errors={fieldErrors(state, "coordinatorEmail")}
      />
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
