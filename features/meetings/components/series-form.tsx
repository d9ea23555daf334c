"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createSeriesAction } from "@/features/meetings/actions";
import { recurrenceKinds, type RecurrenceKind } from "@/lib/domain/recurrence";
import type { EventType } from "@/lib/domain/enums";
import { PlaceFields } from "./place-fields";

const nths = ["1", "2", "3", "4", "last"] as const;
const weekdays = ["1", "2", "3", "4", "5", "6", "7"] as const;

export function SeriesForm({
  networkSlug,
  communes,
  defaultStartDate,
}: {
  networkSlug: string;
  communes: { id: string; name: string }[];
  defaultStartDate: string;
}) {
  const t = useTranslations("meetings");
  const router = useRouter();
  const [eventType, setEventType] = useState<EventType>("ambassadors_meeting");
  const [kind, setKind] = useState<RecurrenceKind>("monthly_weekday");
  const [endMode, setEndMode] = useState<"until" | "count">("count");
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await createSeriesAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/meetings/series/${result.data.id}`);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField label={t("fields.title")} name="title" required errors={err("title")} />
      <fieldset className="space-y-5 rounded-lg border border-line p-4">
        <legend className="px-1 font-semibold">{t("series.rule")}</legend>
        <SelectField
          label={t("series.kind")}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as RecurrenceKind)}
          errors={err("kind")}
        >
          {recurrenceKinds.map((k) => (
            <option key={k} value={k}>
              {t(`series.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-5 md:grid-cols-3">
          <TextField
            label={t("series.interval")}
            hint={t("series.intervalHint")}
            name="interval"
            inputMode="numeric"
            defaultValue="1"
            errors={err("interval")}
          />
          {kind === "monthly_weekday" ? (
            <SelectField label={t("series.nth")} name="nth" defaultValue="1" errors={err("nth")}>
              {nths.map((n) => (
                <option key={n} value={n === "last" ? "-1" : n}>
                  {t(`series.nths.${n}`)}
                </option>
              ))}
            </SelectField>
          ) : null}
          {kind === "monthly_weekday" ? (
            <SelectField label={t("series.weekday")} name="weekday" defaultValue="2" errors={err("weekday")}>
              {weekdays.map((d) => (
                <option key={d} value={d}>
                  {t(`month.weekdays.${d}`)}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        <div className="grid gap-5 md:grid-cols-3">
          <TextField
            label={t("series.startDate")}
            name="startDate"
            type="date"
            required
            defaultValue={defaultStartDate}
            errors={err("startDate")}
          />
          <TextField
            label={t("series.time")}
            name="time"
            type="time"
            required
            defaultValue="18:00"
            errors={err("time")}
          />
          <TextField
            label={t("series.durationMinutes")}
            name="durationMinutes"
            inputMode="numeric"
            required
            defaultValue="120"
            errors={err("durationMinutes")}
          />
        </div>
        <div className="grid gap-5 md:grid-cols-2">
          <SelectField
            label={t("series.endMode")}
            name="endMode"
            value={endMode}
            onChange={(e) => setEndMode(e.target.value as "until" | "count")}
            errors={err("endMode")}
          >
            <option value="count">{t("series.endModes.count")}</option>
            <option value="until">{t("series.endModes.until")}</option>
          </SelectField>
          {endMode === "until" ? (
            <TextField label={t("series.until")} name="until" type="date" required errors={err("until")} />
          ) : (
            <TextField
              label={t("series.count")}
              name="count"
              inputMode="numeric"
              required
              defaultValue="6"
              errors={err("count")}
            />
          )}
        </div>
      </fieldset>
      <PlaceFields communes={communes} eventType={eventType} onEventTypeChange={setEventType} errors={err} />
      <Button type="submit" disabled={pending}>
        {t("series.save")}
      </Button>
    </form>
  );
}
