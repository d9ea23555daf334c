"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { uploadImportAction } from "@/features/directory/import/actions";
import {
  importKinds,
  importLimits,
  type ImportKind,
  type UploadResult,
} from "@/features/directory/import/constants";

/** Step 1: what the file holds, and the file. Reading it stores it for the next steps, nothing more. */
export function UploadForm({
  networkSlug,
  onUploaded,
}: {
  networkSlug: string;
  onUploaded: (upload: UploadResult) => void;
}) {
  const t = useTranslations("import");
  const format = useFormatter();
  const [kind, setKind] = useState<ImportKind>("organisations");
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await uploadImportAction(networkSlug, formData);
    if (result.ok) onUploaded(result.data);
    return result;
  });
  // The server refuses such a file too; checking here spares sending megabytes for nothing.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file && file.size > importLimits.maxBytes) {
      event.preventDefault();
      const size = format.number(file.size / 1024 / 1024, {
        style: "unit",
        unit: "megabyte",
        maximumFractionDigits: 1,
      });
      setTooLarge(t("errors.tooLargeClient", { size }));
      return;
    }
    setTooLarge(null);
    submit(event);
  };
  const fileErrors = tooLarge ? [tooLarge] : fieldErrors(state, "file");
  const kindLabels = { organisations: t("upload.kindOrganisations"), contacts: t("upload.kindContacts") };
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <fieldset className="space-y-2" aria-describedby={kind === "contacts" ? "import-kind-hint" : undefined}>
        <legend className="text-sm font-semibold">{t("upload.kindLegend")}</legend>
        {importKinds.map((k) => (
          <label key={k} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
              className="size-5"
            />
            {kindLabels[k]}
          </label>
        ))}
        {kind === "contacts" ? (
          <p id="import-kind-hint" className="text-sm text-muted">
            {t("upload.contactsHint")}
          </p>
        ) : null}
      </fieldset>
      <TextField
        label={t("upload.file")}
        hint={t("upload.fileHint")}
        name="file"
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        required
        errors={fileErrors}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("upload.reading") : t("upload.submit")}
      </Button>
    </form>
  );
}
