"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createEditionAction, updateEditionAction } from "@/features/serd/actions";

export type EditionFormValues = {
  id: string;
  year: number;
  startsOn: string;
  endsOn: string;
  registrationOpensOn: string;
  registrationClosesOn: string;
  networkDeadline: string | null;
  resultsDueOn: string | null;
  nationalTheme: string | null;
  ewwrFocus: string | null;
};

export function EditionForm({ networkSlug, values }: { networkSlug: string; values?: EditionFormValues }) {
  const t = useTranslations("serd");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = values
      ? await updateEditionAction(networkSlug, formData)
      : await createEditionAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/serd/editions`);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  const date = (name: keyof EditionFormValues, required = true) => (
    <TextField
      label={t(`edition.${name}` as "edition.startsOn")}
      name={name}
      type="date"
      required={required}
      defaultValue={(values?.[name] as string | null) ?? ""}
      errors={err(name)}
    />
  );
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <TextField
        label={t("edition.year")}
        name="year"
        inputMode="numeric"
        required
        defaultValue={values?.year ?? ""}
        errors={err("year")}
      />
      <p className="text-sm text-muted">{t("edition.weekHint")}</p>
      <div className="grid gap-5 md:grid-cols-2">
        {date("startsOn")}
        {date("endsOn")}
        {date("registrationOpensOn")}
        {date("registrationClosesOn")}
        {date("networkDeadline", false)}
        {date("resultsDueOn", false)}
      </div>
      <TextField
        label={t("edition.nationalTheme")}
        name="nationalTheme"
        defaultValue={values?.nationalTheme ?? ""}
        errors={err("nationalTheme")}
      />
      <TextField
        label={t("edition.ewwrFocus")}
        name="ewwrFocus"
        defaultValue={values?.ewwrFocus ?? ""}
        errors={err("ewwrFocus")}
      />
      <Button type="submit" disabled={pending}>
        {t("edition.save")}
      </Button>
    </form>
  );
}
