"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { staffRoles } from "@/lib/domain/enums";
import { saveStaffSettingsAction } from "../actions";

/** The network's yearly working hours of an FTE, hours per day and hourly cost per role. */
export function StaffSettingsForm({
  networkSlug,
  settings,
}: {
  networkSlug: string;
  settings: { yearlyWorkingHours: number; hoursPerDay: number; costs: Partial<Record<string, number>> };
}) {
  const t = useTranslations("dashboards");
  const [state, onSubmit, pending] = useActionForm((fd) =>
    saveStaffSettingsAction(networkSlug, {
      yearlyWorkingHours: String(fd.get("yearlyWorkingHours") ?? ""),
      hoursPerDay: String(fd.get("hoursPerDay") ?? ""),
      costs: staffRoles.map((r, i) => ({
        staffRole: r,
        hourlyCostEur: String(fd.get(`costs.${i}.hourlyCostEur`) ?? ""),
      })),
    }),
  );
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
      <TextField
        label={t("time.yearlyWorkingHours")}
        name="yearlyWorkingHours"
        inputMode="numeric"
        defaultValue={settings.yearlyWorkingHours}
        errors={err("yearlyWorkingHours")}
        required
      />
      <TextField
        label={t("time.hoursPerDay")}
        name="hoursPerDay"
        inputMode="decimal"
        defaultValue={settings.hoursPerDay}
        errors={err("hoursPerDay")}
        required
      />
      {staffRoles.map((r, i) => (
        <TextField
          key={r}
          label={t("time.hourlyCost", { role: t(`staffRoles.${r}`) })}
          name={`costs.${i}.hourlyCostEur`}
          inputMode="decimal"
          defaultValue={settings.costs[r] ?? ""}
          errors={err(`costs.${i}.hourlyCostEur`)}
        />
      ))}
      <div className="space-y-2 md:col-span-2">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{t("time.settingsSaved")}</Alert> : null}
        <Button type="submit" variant="primary" disabled={pending}>
          {t("time.saveSettings")}
        </Button>
      </div>
    </form>
  );
}
