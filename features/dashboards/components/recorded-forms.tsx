"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { indicatorUnits } from "@/lib/domain/enums";
import { createRecordedIndicatorAction, importRecordedValuesAction, recordValueAction } from "../actions";

// The forms of a recorded indicator: create it, record one dated value, import a file of values.

function Footer({
  state,
  pending,
  label,
  saved,
}: {
  state: { ok: boolean; error?: string } | null;
  pending: boolean;
  label: string;
  saved: string;
}) {
  return (
    <div className="space-y-2 md:col-span-2">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{saved}</Alert> : null}
      <Button type="submit" variant="primary" disabled={pending}>
        {label}
      </Button>
    </div>
  );
}

export function RecordedIndicatorForm({ networkSlug }: { networkSlug: string }) {
  const t = useTranslations("dashboards");
  const [state, onSubmit, pending] = useActionForm((fd) => createRecordedIndicatorAction(networkSlug, fd));
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
      <TextField label={t("recorded.fields.name")} name="name" errors={err("name")} required />
      <SelectField label={t("recorded.fields.unit")} name="unit" errors={err("unit")} required>
        {indicatorUnits.map((u) => (
          <option key={u} value={u}>
            {t(`units.${u}`)}
          </option>
        ))}
      </SelectField>
      <div className="md:col-span-2">
        <TextAreaField label={t("recorded.fields.definition")} name="definition" errors={err("definition")} />
      </div>
      <Footer state={state} pending={pending} label={t("recorded.create")} saved={t("recorded.created")} />
    </form>
  );
}

export function RecordedValueForm({
  networkSlug,
  indicatorId,
}: {
  networkSlug: string;
  indicatorId: string;
}) {
  const t = useTranslations("dashboards");
  const [state, onSubmit, pending] = useActionForm((fd) => {
    fd.set("indicatorId", indicatorId);
    return recordValueAction(networkSlug, fd);
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
      <TextField label={t("recorded.fields.date")} name="date" type="date" errors={err("date")} required />
      <TextField
        label={t("recorded.fields.value")}
        name="value"
        inputMode="decimal"
        errors={err("value")}
        required
      />
      <div className="md:col-span-2">
        <TextField label={t("recorded.fields.source")} name="source" errors={err("source")} />
      </div>
      <Footer state={state} pending={pending} label={t("recorded.record")} saved={t("recorded.saved")} />
    </form>
  );
}

export function RecordedImportForm({
  networkSlug,
  indicatorId,
}: {
  networkSlug: string;
  indicatorId: string;
}) {
  const t = useTranslations("dashboards");
  const [state, onSubmit, pending] = useActionForm((fd) => {
    fd.set("indicatorId", indicatorId);
    return importRecordedValuesAction(networkSlug, fd);
  });
  return (
    <form onSubmit={onSubmit} className="grid gap-3" noValidate>
      <TextField
        label={t("recorded.fields.file")}
        hint={t("recorded.importHint")}
        name="file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        errors={fieldErrors(state, "file")}
        required
      />
      <div className="space-y-2">
        {state && !state.ok && !fieldErrors(state, "file") ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? (
          <Alert tone="success">{t("recorded.imported", { count: state.data.imported })}</Alert>
        ) : null}
        <Button type="submit" variant="primary" disabled={pending}>
          {t("recorded.import")}
        </Button>
      </div>
    </form>
  );
}
