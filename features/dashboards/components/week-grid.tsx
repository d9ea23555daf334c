"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { activityKinds, staffRoles, type StaffRole } from "@/lib/domain/enums";
import { saveWeekGridAction } from "../actions";

// A week of time in one grid: one row per activity, one column per day (Monday to Sunday), hours
// in the cells. Saved in one transaction; a day over 24 h or after this week writes nothing.

const cell =
  "block w-16 min-h-11 rounded-md border border-line bg-white px-2 py-1 text-right aria-[invalid=true]:border-danger";

const wide = cell.replace("w-16", "w-56").replace("text-right", "");

export function WeekGrid({
  networkSlug,
  weekStart,
  days,
  meetings,
  editions,
  cycles,
  defaultRole,
}: {
  networkSlug: string;
  weekStart: string;
  /** The seven days, already formatted ("lun. 7 déc."). */
  days: string[];
  meetings: { id: string; label: string }[];
  editions: { id: string; year: number }[];
  cycles: { id: string; title: string }[];
  defaultRole: StaffRole;
}) {
  const t = useTranslations("dashboards");
  const [rows, setRows] = useState(3);
  const [state, onSubmit, pending] = useActionForm((fd) =>
    saveWeekGridAction(networkSlug, {
      staffRole: String(fd.get("staffRole")) as StaffRole,
      weekStart,
      rows: Array.from({ length: rows }, (_, i) => ({
        activityKind: String(fd.get(`rows.${i}.activityKind`)) as (typeof activityKinds)[number],
        activityLabel: String(fd.get(`rows.${i}.activityLabel`) ?? ""),
        eventId: String(fd.get(`rows.${i}.eventId`) ?? ""),
        editionId: String(fd.get(`rows.${i}.editionId`) ?? ""),
        trainingCycleId: String(fd.get(`rows.${i}.trainingCycleId`) ?? ""),
        hours: Array.from({ length: 7 }, (_, d) => String(fd.get(`rows.${i}.hours.${d}`) ?? "")),
      })),
    }),
  );
  const err = (name: string) => fieldErrors(state, name);
  const dayErrors = days.map((_, d) => err(`day${d}`));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="max-w-sm">
        <SelectField label={t("time.fields.staffRole")} name="staffRole" defaultValue={defaultRole} required>
          {staffRoles.map((r) => (
            <option key={r} value={r}>
              {t(`staffRoles.${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div role="region" aria-label={t("time.week")} tabIndex={0} className="overflow-x-auto">
        <table className="border-collapse text-sm">
          <caption className="sr-only">{t("time.weekCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left">
                {t("time.activity")}
              </th>
              {days.map((d, i) => (
                <th key={i} scope="col" className="px-2 py-1 text-right">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => (
              <tr key={i} className="border-t border-line align-top">
                <th scope="row" className="space-y-1 px-2 py-2 text-left font-normal">
                  <label className="sr-only" htmlFor={`grid-${i}-kind`}>
                    {t("time.rowActivity", { row: i + 1 })}
                  </label>
                  <select id={`grid-${i}-kind`} name={`rows.${i}.activityKind`} className={wide}>
                    {activityKinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`activityKinds.${k}`)}
                      </option>
                    ))}
                  </select>
                  <label className="sr-only" htmlFor={`grid-${i}-event`}>
                    {t("time.rowMeeting", { row: i + 1 })}
                  </label>
                  <select
                    id={`grid-${i}-event`}
                    name={`rows.${i}.eventId`}
                    className={wide}
                    aria-invalid={err(`rows.${i}.eventId`) ? true : undefined}
                    aria-describedby={err(`rows.${i}.eventId`) ? `grid-${i}-event-error` : undefined}
                  >
                    <option value="">{t("time.fields.eventId")} : —</option>
                    {meetings.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.label}
                      </option>
                    ))}
                  </select>
                  {err(`rows.${i}.eventId`) || err(`rows.${i}.editionId`) ? (
                    <span id={`grid-${i}-event-error`} className="block text-xs text-danger">
                      {[...(err(`rows.${i}.eventId`) ?? []), ...(err(`rows.${i}.editionId`) ?? [])].join(" ")}
                    </span>
                  ) : null}
                  <label className="sr-only" htmlFor={`grid-${i}-edition`}>
                    {t("time.rowEdition", { row: i + 1 })}
                  </label>
                  <select id={`grid-${i}-edition`} name={`rows.${i}.editionId`} className={wide}>
                    <option value="">{t("time.fields.editionId")} : —</option>
                    {editions.map((e) => (
                      <option key={e.id} value={e.id}>
                        {e.year}
                      </option>
                    ))}
                  </select>
                  <label className="sr-only" htmlFor={`grid-${i}-cycle`}>
                    {t("time.rowCycle", { row: i + 1 })}
                  </label>
                  <select id={`grid-${i}-cycle`} name={`rows.${i}.trainingCycleId`} className={wide}>
                    <option value="">{t("time.fields.trainingCycleId")} : —</option>
                    {cycles.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.title}
                      </option>
                    ))}
                  </select>
                  <label className="sr-only" htmlFor={`grid-${i}-label`}>
                    {t("time.rowLabel", { row: i + 1 })}
                  </label>
                  <input
                    id={`grid-${i}-label`}
                    name={`rows.${i}.activityLabel`}
                    placeholder={t("time.fields.activityLabel")}
                    className={wide}
                  />
                </th>
                {days.map((d, j) => {
                  const errors = err(`rows.${i}.hours.${j}`);
                  return (
                    <td key={j} className="px-2 py-2">
                      <input
                        name={`rows.${i}.hours.${j}`}
                        inputMode="decimal"
                        aria-label={t("time.cellLabel", { row: i + 1, day: d })}
                        aria-invalid={errors || dayErrors[j] ? true : undefined}
                        className={cell}
                      />
                      {errors ? <span className="block text-xs text-danger">{errors.join(" ")}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dayErrors.some(Boolean) ? (
        <ul className="space-y-1 text-sm font-medium text-danger" role="alert">
          {dayErrors.map((e, d) => (e ? <li key={d}>{`${days[d]} : ${e.join(" ")}`}</li> : null))}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setRows((n) => Math.min(n + 1, 30))}>
          {t("time.addRow")}
        </Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("time.saveWeek")}
        </Button>
      </div>
      {state && !state.ok && !dayErrors.some(Boolean) ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("time.weekSaved", { count: state.data.created })}</Alert> : null}
    </form>
  );
}
