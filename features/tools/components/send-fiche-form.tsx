"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { sendMethodSheetsAction } from "@/features/tools/actions";

/** The coordinator emails a published fiche (with its PDF) to a saved segment of the directory. */
export function SendFicheForm({
  networkSlug,
  resourceId,
  segments,
}: {
  networkSlug: string;
  resourceId: string;
  segments: { value: string; label: string }[];
}) {
  const t = useTranslations("tools");
  const [state, submit, pending] = useActionForm((formData: FormData) => sendMethodSheetsAction(networkSlug, formData));
  if (segments.length === 0) return <p className="text-sm text-muted">{t("send.noSegment")}</p>;
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate aria-label={t("send.title")}>
      <input type="hidden" name="resourceIds" value={resourceId} />
      <div className="min-w-64 flex-1">
        <SelectField label={t("send.segment")} name="segmentId" defaultValue="" required errors={fieldErrors(state, "segmentId")}>
          <option value="">{t("send.choose")}</option>
          {segments.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("send.submit")}
      </Button>
      <div className="w-full" aria-live="polite">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{t("send.sent", { count: state.data.sent })}</Alert> : null}
      </div>
    </form>
  );
}
