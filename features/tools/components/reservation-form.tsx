"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { requestReservationAction } from "@/features/tools/actions";

/** Ask for a kit over some days; the coordinator also picks the borrowing organisation. */
export function ReservationForm({
  networkSlug,
  itemId,
  organisations,
  min,
}: {
  networkSlug: string;
  itemId: string;
  organisations: { value: string; label: string }[] | null;
  min: string;
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await requestReservationAction(networkSlug, formData);
    if (result.ok) router.refresh();
    return result;
  });
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-3 items-end" noValidate>
      <input type="hidden" name="itemId" value={itemId} />
      <div className="sm:col-span-3">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{t("item.requested")}</Alert> : null}
      </div>
      <TextField label={t("item.startsOn")} name="startsOn" type="date" min={min} required errors={fieldErrors(state, "startsOn")} />
      <TextField label={t("item.endsOn")} name="endsOn" type="date" min={min} required errors={fieldErrors(state, "endsOn")} />
      {organisations ? (
        <SelectField label={t("item.borrower")} name="borrowerOrganisationId" errors={fieldErrors(state, "borrowerOrganisationId")}>
          {organisations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("item.request")}
      </Button>
    </form>
  );
}
