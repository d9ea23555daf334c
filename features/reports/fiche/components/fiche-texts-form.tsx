"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { ficheSections, ficheTextMax, type FicheTextField } from "../constants";
import { updateFicheTextsAction } from "../actions";

/** The coordinator's texts, part by part, under the figures computed for that part. */
export function FicheTextsForm({
  networkSlug,
  fiche,
  lines,
}: {
  networkSlug: string;
  fiche: {
    id: string;
    title: string;
    structure: string;
    contactName: string;
    contactEmail: string | null;
    texts: Partial<Record<FicheTextField, string>>;
  };
  /** The computed lines of each part, already formatted. */
  lines: Partial<Record<FicheTextField, string[]>>;
}) {
  const t = useTranslations("fiches");
  const [state, onSubmit, pending] = useActionForm((fd) => updateFicheTextsAction(networkSlug, fd));
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="id" value={fiche.id} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField
          label={t("fields.title")}
          name="title"
          defaultValue={fiche.title}
          errors={err("title")}
          required
        />
        <TextField
          label={t("fields.structure")}
          name="structure"
          defaultValue={fiche.structure}
          errors={err("structure")}
        />
        <TextField
          label={t("fields.contactName")}
          name="contactName"
          defaultValue={fiche.contactName}
          errors={err("contactName")}
        />
        <TextField
          label={t("fields.contactEmail")}
          name="contactEmail"
          type="email"
          defaultValue={fiche.contactEmail ?? ""}
          errors={err("contactEmail")}
        />
      </div>
      {ficheSections.map((s) => (
        <fieldset key={s.key} className="space-y-4 rounded-lg border border-line p-4">
          <legend className="px-1 text-lg font-bold">{t(`doc.sections.${s.key}`)}</legend>
          {s.parts.map((part) => (
            <div key={part} className="space-y-2">
              {lines[part]?.length ? (
                <div className="rounded-md bg-surface p-3 text-sm">
                  <p className="font-semibold">
                    {t(`doc.parts.${part}`)} — {t("doc.fromRecords")}
                  </p>
                  <ul className="list-disc pl-5">
                    {lines[part]!.map((l, i) => (
                      <li key={i}>{l}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <TextAreaField
                label={t(`doc.parts.${part}`)}
                name={part}
                defaultValue={fiche.texts[part] ?? ""}
                errors={err(part)}
                maxLength={ficheTextMax}
                rows={4}
              />
            </div>
          ))}
        </fieldset>
      ))}
      <div className="space-y-2">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{t("view.saved")}</Alert> : null}
        <Button type="submit" variant="primary" disabled={pending}>
          {t("view.save")}
        </Button>
      </div>
    </form>
  );
}
