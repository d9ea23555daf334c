"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { requestReservationAction } from "@/features/tools/actions";

type Option = { value: string; label: string };
/** What the form offers: the borrowing organisation (coordinator only), where the kit will be used. */
export type ReservationChoices = { organisations: Option[] | null; events: Option[]; serdActions: Option[] };
type Period = { startsOn: string; endsOn: string; borrowerName: string };

/**
 * Ask for a kit over some days, optionally for a meeting or a SERD action. The period is the
 * calendar's selection (picked there or typed here); confirmed periods it overlaps are listed
 * before sending, and the server refuses them anyway.
 */
export function ReservationForm({
  networkSlug,
  itemId,
  choices,
  min,
  selection,
  onSelection,
  conflicts,
  formatDay,
  onReserved,
}: {
  networkSlug: string;
  itemId: string;
  choices: ReservationChoices;
  min: string;
  selection: { start?: string; end?: string };
  onSelection: (s: { start?: string; end?: string }) => void;
  conflicts: Period[];
  formatDay: (day: string) => string;
  onReserved: () => Promise<void>;
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await requestReservationAction(networkSlug, formData);
    if (result.ok) {
      await onReserved();
      router.refresh();
    }
    return result;
  });
  return (
    <form onSubmit={submit} className="grid items-end gap-3 sm:grid-cols-3" noValidate aria-label={t("item.reserve")}>
      <input type="hidden" name="itemId" value={itemId} />
      <div className="sm:col-span-3" aria-live="polite">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{t("item.requested")}</Alert> : null}
        {conflicts.length > 0 ? (
          <Alert tone="error">
            {t("calendar.conflictsIntro")}
            <ul className="list-disc pl-5">
              {conflicts.map((c) => (
                <li key={`${c.startsOn}-${c.borrowerName}`}>
                  {t("calendar.conflictItem", { name: c.borrowerName, from: formatDay(c.startsOn), to: formatDay(c.endsOn) })}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </div>
      <TextField
        label={t("item.startsOn")}
        name="startsOn"
        type="date"
        min={min}
        required
        value={selection.start ?? ""}
        onChange={(e) => onSelection({ start: e.target.value || undefined, end: selection.end })}
        errors={fieldErrors(state, "startsOn")}
      />
      <TextField
        label={t("item.endsOn")}
        name="endsOn"
        type="date"
        min={selection.start ?? min}
        required
        value={selection.end ?? selection.start ?? ""}
        onChange={(e) => onSelection({ start: selection.start, end: e.target.value || undefined })}
        errors={fieldErrors(state, "endsOn")}
      />
      {choices.organisations ? (
        <SelectField label={t("item.borrower")} name="borrowerOrganisationId" errors={fieldErrors(state, "borrowerOrganisationId")}>
          {choices.organisations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={t("item.forEvent")} name="eventId" defaultValue="" errors={fieldErrors(state, "eventId")}>
        <option value="">{t("item.none")}</option>
        {choices.events.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("item.forSerdAction")} name="serdActionId" defaultValue="" errors={fieldErrors(state, "serdActionId")}>
        <option value="">{t("item.none")}</option>
        {choices.serdActions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending || conflicts.length > 0}>
        {t("item.request")}
      </Button>
    </form>
  );
}
