"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { activityKinds, staffRoles, type StaffRole } from "@/lib/domain/enums";
import { createTimeEntryAction } from "../actions";

/** One time entry: a role, an activity (a meeting of the list, or a label), a day or a period, hours or days. */
export function TimeEntryForm({
  networkSlug,
  meetings,
  editions,
  cycles = [],
  defaultRole,
}: {
  networkSlug: string;
  meetings: { id: string; label: string }[];
  editions: { id: string; year: number }[];
  cycles?: { id: string; title: string }[];
  defaultRole?: StaffRole;
}) {
  const t = useTranslations("dashboards");
  const [state, onSubmit, pending] = useActionForm((fd) => createTimeEntryAction(networkSlug, fd));
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
      <SelectField
        label={t("time.fields.staffRole")}
        name="staffRole"
        defaultValue={defaultRole}
        errors={err("staffRole")}
        required
      >
        {staffRoles.map((r) => (
          <option key={r} value={r}>
            {t(`staffRoles.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("time.fields.activityKind")}
        name="activityKind"
        errors={err("activityKind")}
        required
      >
        {activityKinds.map((k) => (
          <option key={k} value={k}>
            {t(`activityKinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("time.fields.eventId")} name="eventId" errors={err("eventId")}>
        <option value="">—</option>
        {meetings.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("time.fields.editionId")} name="editionId" errors={err("editionId")}>
        <option value="">—</option>
        {editions.map((e) => (
          <option key={e.id} value={e.id}>
            {e.year}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("time.fields.trainingCycleId")}
        name="trainingCycleId"
        errors={err("trainingCycleId")}
      >
        <option value="">—</option>
        {cycles.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </SelectField>
      <TextField label={t("time.fields.activityLabel")} name="activityLabel" errors={err("activityLabel")} />
      <TextField
        label={t("time.fields.startsOn")}
        name="startsOn"
        type="date"
        errors={err("startsOn")}
        required
      />
      <TextField label={t("time.fields.endsOn")} name="endsOn" type="date" errors={err("endsOn")} />
      <TextField
        label={t("time.fields.amount")}
        name="amount"
        inputMode="decimal"
        errors={err("amount")}
        required
      />
      <SelectField label={t("time.fields.amountUnit")} name="amountUnit" errors={err("amountUnit")}>
        <option value="hours">{t("time.unitHours")}</option>
        <option value="days">{t("time.unitDays")}</option>
      </SelectField>
      <div className="md:col-span-2 space-y-2">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{t("time.saved")}</Alert> : null}
        <Button type="submit" variant="primary" disabled={pending}>
          {t("time.save")}
        </Button>
      </div>
    </form>
  );
}
