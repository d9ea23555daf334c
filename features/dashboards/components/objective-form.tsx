"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { objectiveDirections } from "@/lib/domain/enums";
import { createObjectiveAction, updateObjectiveAction } from "../actions";

export type ObjectiveDefaults = {
  id: string;
  title: string;
  indicator: string;
  filter: string;
  direction: string;
  target: string;
  baseline: string;
  periodStart: string;
  periodEnd: string;
};

/** A new objective (or an existing one) on a computed indicator (with an optional filter) or a recorded one. */
export function ObjectiveForm({
  networkSlug,
  indicators,
  filters,
  objective,
}: {
  networkSlug: string;
  objective?: ObjectiveDefaults;
  /** value "computed:<id>" or "recorded:<uuid>", label already translated. */
  indicators: { value: string; label: string }[];
  filters: { key: string; value: string; label: string }[];
}) {
  const t = useTranslations("dashboards.objectives");
  const [state, onSubmit, pending] = useActionForm((fd) => {
    const [filterKey = "", filterValue = ""] = String(fd.get("filter") ?? "").split("=");
    fd.set("filterKey", filterKey);
    fd.set("filterValue", filterValue);
    fd.delete("filter");
    if (objective) {
      fd.set("id", objective.id);
      return updateObjectiveAction(networkSlug, fd);
    }
    return createObjectiveAction(networkSlug, fd);
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
      <TextField
        label={t("fields.title")}
        name="title"
        defaultValue={objective?.title}
        errors={err("title")}
        required
      />
      <SelectField
        label={t("fields.indicator")}
        name="indicator"
        defaultValue={objective?.indicator}
        errors={err("indicator")}
        required
      >
        {indicators.map((i) => (
          <option key={i.value} value={i.value}>
            {i.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("fields.filter")}
        name="filter"
        defaultValue={objective?.filter}
        errors={err("filterValue")}
      >
        <option value="">{t("fields.noFilter")}</option>
        {filters.map((f) => (
          <option key={`${f.key}=${f.value}`} value={`${f.key}=${f.value}`}>
            {f.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("fields.direction")}
        name="direction"
        defaultValue={objective?.direction}
        errors={err("direction")}
        required
      >
        {objectiveDirections.map((d) => (
          <option key={d} value={d}>
            {t(`direction.${d}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("fields.target")}
        name="target"
        defaultValue={objective?.target}
        inputMode="decimal"
        errors={err("target")}
        required
      />
      <TextField
        label={t("fields.baseline")}
        name="baseline"
        defaultValue={objective?.baseline}
        inputMode="decimal"
        errors={err("baseline")}
      />
      <TextField
        label={t("fields.periodStart")}
        name="periodStart"
        defaultValue={objective?.periodStart}
        type="date"
        errors={err("periodStart")}
        required
      />
      <TextField
        label={t("fields.periodEnd")}
        name="periodEnd"
        defaultValue={objective?.periodEnd}
        type="date"
        errors={err("periodEnd")}
        required
      />
      <div className="md:col-span-2 space-y-2">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
        <Button type="submit" variant="primary" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
