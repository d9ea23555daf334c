"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { saveMethodSheetAction } from "@/features/tools/actions";
import { methodSheetSections, type MethodSheetSection } from "@/features/tools/constants";

type Option = { value: string; label: string };
export type MethodSheetValues = {
  id: string | null;
  title: string;
  description: string;
  themes: string[];
  ownerOrganisationId: string | null;
  sections: Record<MethodSheetSection, string>;
  coAuthorIds: string[];
};

function Checks({ legend, hint, name, options, checked }: { legend: string; hint?: string; name: string; options: Option[]; checked: string[] }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {hint ? <p className="mb-2 text-sm text-muted">{hint}</p> : null}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="size-5 shrink-0 accent-brand" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Writes a fiche méthode: its sections, themes and co-authors (members of the network). Saved as
 * a draft, or submitted: published by the coordinator, sent to the coordinator by anyone else.
 */
export function MethodSheetForm({
  networkSlug,
  values,
  publishes,
  themes,
  organisations,
  members,
}: {
  networkSlug: string;
  values: MethodSheetValues;
  publishes: boolean;
  themes: Option[];
  organisations: Option[];
  members: Option[];
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const intent = useRef<HTMLInputElement>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await saveMethodSheetAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/tools/resources/${result.data.id}`);
    return result;
  });
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-4" noValidate aria-label={t("editor.write")}>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <input ref={intent} type="hidden" name="intent" defaultValue="draft" />
      <TextField label={t("form.titleLabel")} name="title" required defaultValue={values.title} errors={fieldErrors(state, "title")} />
      <TextAreaField label={t("form.description")} name="description" rows={2} defaultValue={values.description} errors={fieldErrors(state, "description")} />
      {methodSheetSections.map((key) => (
        <TextAreaField
          key={key}
          label={t(`fiche.sections.${key}`)}
          name={key}
          rows={key === "contact" ? 2 : 5}
          defaultValue={values.sections[key]}
          errors={fieldErrors(state, key)}
        />
      ))}
      <Checks legend={t("form.themes")} name="themes" options={themes} checked={values.themes} />
      <Checks legend={t("editor.coAuthors")} hint={t("editor.coAuthorsHint")} name="coAuthorIds" options={members} checked={values.coAuthorIds} />
      {fieldErrors(state, "coAuthorIds") ? <p className="text-sm font-medium text-danger">{fieldErrors(state, "coAuthorIds")!.join(" ")}</p> : null}
      <SelectField label={t("form.owner")} name="ownerOrganisationId" defaultValue={values.ownerOrganisationId ?? ""} errors={fieldErrors(state, "ownerOrganisationId")}>
        <option value="">{t("form.noOwner")}</option>
        {organisations.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="secondary" disabled={pending} onClick={() => (intent.current!.value = "draft")}>
          {t("editor.saveDraft")}
        </Button>
        <Button type="submit" disabled={pending} onClick={() => (intent.current!.value = "submit")}>
          {publishes ? t("editor.publish") : t("editor.submit")}
        </Button>
      </div>
    </form>
  );
}
