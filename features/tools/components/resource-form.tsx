"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { addResourceAction } from "@/features/tools/actions";
import { maxResourceBytes, resourceAccept } from "@/features/tools/constants";
import { uploadDocument } from "./upload-client";

type Option = { value: string; label: string };

function Choices({ legend, name, options }: { legend: string; name: string; options: Option[] }) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name={name} value={o.value} className="size-5 shrink-0 accent-brand" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Share a document, a link or a note; a partner's goes to the coordinator first. */
export function ResourceForm({
  networkSlug,
  publishes,
  themes,
  formats,
  publics,
  organisations,
  collections,
  defaultOrganisationId,
}: {
  networkSlug: string;
  publishes: boolean;
  themes: Option[];
  formats: Option[];
  publics: Option[];
  organisations: Option[];
  collections: Option[];
  defaultOrganisationId: string | null;
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const [kind, setKind] = useState<"document" | "link" | "note">("link");
  const [progress, setProgress] = useState<number | null>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const file = formData.get("file");
    const tooBig = t("validation.tooBig", { max: maxResourceBytes / 1_000_000 });
    const result =
      kind === "document" && file instanceof File && file.size > 0
        ? file.size > maxResourceBytes
          ? { ok: false as const, code: "invalid_input" as const, error: tooBig, fieldErrors: { file: [tooBig] } }
          : await uploadDocument<{ id: string }>(networkSlug, formData, file, {
              onProgress: setProgress,
              failed: t("form.uploadFailed"),
            }).finally(() => setProgress(null))
        : await addResourceAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/tools/resources/${result.data.id}`);
    return result;
  });
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-4" noValidate encType="multipart/form-data">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {!publishes ? <p className="text-muted">{t("form.proposeNote")}</p> : null}
      <SelectField
        label={t("form.kind")}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as typeof kind)}
      >
        {(["link", "document", "note"] as const).map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("form.titleLabel")} name="title" required errors={fieldErrors(state, "title")} />
      {kind === "link" ? (
        <TextField
          label={t("form.url")}
          name="url"
          type="url"
          required
          hint={t("form.urlHint")}
          errors={fieldErrors(state, "url")}
        />
      ) : null}
      {kind === "document" ? (
        <TextField
          label={t("form.file")}
          name="file"
          type="file"
          accept={resourceAccept}
          required
          hint={t("form.fileHint")}
          errors={fieldErrors(state, "file")}
        />
      ) : null}
      {kind === "note" ? (
        <TextAreaField label={t("form.body")} name="body" required rows={8} errors={fieldErrors(state, "body")} />
      ) : null}
      <TextAreaField label={t("form.description")} name="description" rows={3} errors={fieldErrors(state, "description")} />
      <Choices legend={t("form.themes")} name="themes" options={themes} />
      <Choices legend={t("form.formats")} name="formats" options={formats} />
      <Choices legend={t("form.publics")} name="publics" options={publics} />
      <TextField label={t("form.tags")} name="tags" hint={t("form.tagsHint")} errors={fieldErrors(state, "tags")} />
      <SelectField
        label={t("form.owner")}
        name="ownerOrganisationId"
        defaultValue={defaultOrganisationId ?? ""}
        errors={fieldErrors(state, "ownerOrganisationId")}
      >
        <option value="">{t("form.noOwner")}</option>
        {organisations.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      {collections.length > 0 ? (
        <SelectField label={t("form.collection")} name="collectionId" defaultValue="">
          <option value="">{t("form.noCollection")}</option>
          {collections.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("form.submit")}
      </Button>
      {progress !== null ? (
        <p role="status" className="text-sm">
          <progress max={100} value={progress} className="mr-2 align-middle" aria-hidden="true" />
          {t("form.uploading", { percent: progress })}
        </p>
      ) : null}
    </form>
  );
}
