"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { addTrainerAction } from "../actions";

/** Names a trainer of the cycle: a person of the directory, or someone external (name and email). */
export function TrainerForm({
  networkSlug,
  cycleId,
  contacts,
}: {
  networkSlug: string;
  cycleId: string;
  contacts: { id: string; label: string }[];
}) {
  const t = useTranslations("training");
  const form = useRef<HTMLFormElement>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await addTrainerAction(networkSlug, formData);
    if (result.ok) form.current?.reset();
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form ref={form} onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("form.trainerAdded")}</Alert> : null}
      <input type="hidden" name="cycleId" value={cycleId} />
      <SelectField label={t("form.trainerContact")} hint={t("form.trainerContactHint")} name="contactId" errors={err("contactId")}>
        <option value="">{t("form.external")}</option>
        {contacts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t("form.trainerName")} name="name" required errors={err("name")} autoComplete="off" />
        <TextField label={t("form.trainerEmail")} name="email" type="email" errors={err("email")} autoComplete="off" />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("form.addTrainer")}
      </Button>
    </form>
  );
}
