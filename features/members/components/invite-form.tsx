"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { inviteMemberAction } from "@/features/members/actions";
import { roles } from "@/lib/domain/enums";

export function InviteForm({
  networkSlug,
  organisations,
}: {
  networkSlug: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await inviteMemberAction(networkSlug, formData);
    if (result.ok) formRef.current?.reset();
    return result;
  });
  return (
    <form ref={formRef} onSubmit={submit} className="space-y-4" noValidate>
      {state?.ok ? <Alert tone="success">{t("invited")}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="off"
        required
        errors={fieldErrors(state, "email")}
      />
      <SelectField
        label={t("role")}
        name="role"
        required
        defaultValue="partner"
        errors={fieldErrors(state, "role")}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {tRoles(r)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("organisation")}
        hint={t("organisationHint")}
        name="organisationId"
        defaultValue=""
        errors={fieldErrors(state, "organisationId")}
      >
        <option value="">{t("noOrganisation")}</option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {t("send")}
      </Button>
    </form>
  );
}
