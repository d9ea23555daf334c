"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createSegmentAction } from "@/features/directory/actions";

export function SaveSegmentForm({
  networkSlug,
  kind,
  query,
}: {
  networkSlug: string;
  kind: "organisations" | "contacts";
  query: string;
}) {
  const t = useTranslations("directory.segments");
  const [state, submit, pending] = useActionForm((formData: FormData) =>
    createSegmentAction(networkSlug, formData),
  );
  return (
    <section aria-labelledby="save-segment" className="mt-8 max-w-xl rounded-lg border border-line p-4">
      <h2 id="save-segment" className="mb-3 font-semibold">
        {t("saveTitle")}
      </h2>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="query" value={query} />
        <div className="min-w-64 flex-1">
          <TextField label={t("name")} name="name" required errors={fieldErrors(state, "name")} />
        </div>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </form>
      {state?.ok ? (
        <Alert tone="success" className="mt-3">
          {t("saved")}
        </Alert>
      ) : null}
      {state && !state.ok && !state.fieldErrors ? (
        <Alert tone="error" className="mt-3">
          {state.error}
        </Alert>
      ) : null}
    </section>
  );
}
