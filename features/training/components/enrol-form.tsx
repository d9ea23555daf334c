"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { enrolAction } from "../actions";

type Option = { id: string; label: string };

/** Enrols one person picked by hand and/or everyone of a saved segment. */
export function EnrolForm({
  networkSlug,
  cycleId,
  contacts,
  segments,
}: {
  networkSlug: string;
  cycleId: string;
  contacts: Option[];
  segments: Option[];
}) {
  const t = useTranslations("training");
  const form = useRef<HTMLFormElement>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await enrolAction(networkSlug, formData);
    if (result.ok) form.current?.reset();
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form ref={form} onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("enrol.result", state.data)}</Alert> : null}
      <input type="hidden" name="cycleId" value={cycleId} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField label={t("fields.contact")} name="contactIds" errors={err("contactIds")}>
          <option value="">{t("form.none")}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("fields.segment")} name="segmentId" errors={err("segmentId")}>
          <option value="">{t("form.none")}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {t("enrol.submit")}
      </Button>
    </form>
  );
}
