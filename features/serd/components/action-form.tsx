"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createSerdAction, updateSerdAction } from "@/features/serd/actions";
import { serdFormats, serdPublics, serdThemes } from "@/lib/domain/enums";
import { calendarDay } from "@/lib/i18n/format-day";
import { CheckboxGroup } from "./checkbox-group";
import { OccurrenceFields, type OccurrenceValues } from "./occurrence-fields";

export type ActionFormValues = {
  id: string;
  version: number;
  status: string;
  title: string;
  description: string | null;
  themes: string[];
  format: string | null;
  targetPublics: string[];
  leadOrganisationId: string;
  coorganiserIds: string[];
  freeEntry: boolean;
  nonProfit: boolean;
  awardsOptIn: boolean;
  occurrences: OccurrenceValues[];
};

type Option = { id: string; name: string };

/** FormData → the action's input: lists for checkbox groups, an array of occurrences. */
function toInput(fd: FormData) {
  const out: Record<string, unknown> = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("occurrences.") || key.startsWith("$ACTION")) continue;
    const all = fd.getAll(key);
    out[key] = ["themes", "targetPublics", "coorganiserIds"].includes(key) ? all : all[0];
  }
  const rows = new Map<string, Record<string, unknown>>();
  for (const [key, value] of fd.entries()) {
    const m = /^occurrences\.(\d+)\.(\w+)$/.exec(key);
    if (!m) continue;
    const row = rows.get(m[1]!) ?? {};
    row[m[2]!] = value;
    rows.set(m[1]!, row);
  }
  out.occurrences = [...rows.entries()].sort((x, y) => Number(x[0]) - Number(y[0])).map(([, r]) => r);
  for (const key of ["themes", "targetPublics", "coorganiserIds"]) out[key] ??= [];
  return out;
}

export function ActionForm(props: {
  networkSlug: string;
  editionId: string;
  edition: { startsOn: string; endsOn: string };
  values?: ActionFormValues;
  organisations: Option[];
  communes: Option[];
  /** Coordinators choose the lead organisation; partners register for their own. */
  chooseLead: boolean;
}) {
  const { networkSlug, values } = props;
  const t = useTranslations("serd");
  const format = useFormatter();
  const day = (ymd: string) => calendarDay(format, ymd);
  const router = useRouter();
  const [rows, setRows] = useState(() =>
    (values?.occurrences.length ? values.occurrences : [{} as OccurrenceValues]).map((o, key) => ({
      key,
      o,
    })),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const input = toInput(formData);
    const result = values
      ? await updateSerdAction(networkSlug, input as never)
      : await createSerdAction(networkSlug, input as never);
    if (result.ok) router.push(`/n/${networkSlug}/serd/actions/${result.data.id}`);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  // Which button was pressed: written into the hidden field before the form is read.
  const choose = (value: string) => (event: React.MouseEvent<HTMLButtonElement>) => {
    (event.currentTarget.form!.elements.namedItem("intent") as HTMLInputElement).value = value;
  };
  const group = (
    name: "themes" | "targetPublics",
    keys: readonly string[],
    label: string,
    prefix: "themes" | "publics",
  ) => (
    <CheckboxGroup
      legend={label}
      name={name}
      options={keys.map((k) => ({ value: k, label: t(`${prefix}.${k}` as "themes.composting") }))}
      checked={values?.[name] ?? []}
      errors={err(name)}
    />
  );
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-6" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {values ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : (
        <input type="hidden" name="editionId" value={props.editionId} />
      )}
      <input type="hidden" name="intent" defaultValue="draft" />
      <TextField
        label={t("action.title")}
        name="title"
        required
        maxLength={200}
        defaultValue={values?.title}
        errors={err("title")}
      />
      <TextAreaField
        label={t("action.description")}
        name="description"
        defaultValue={values?.description ?? ""}
        errors={err("description")}
      />
      {group("themes", serdThemes, t("action.themes"), "themes")}
      <SelectField
        label={t("action.format")}
        name="format"
        defaultValue={values?.format ?? ""}
        errors={err("format")}
      >
        <option value="">{t("action.choose")}</option>
        {serdFormats.map((k) => (
          <option key={k} value={k}>
            {t(`formats.${k}`)}
          </option>
        ))}
      </SelectField>
      {group("targetPublics", serdPublics, t("action.publics"), "publics")}
      {props.chooseLead ? (
        <SelectField
          label={t("action.lead")}
          name="leadOrganisationId"
          required
          defaultValue={values?.leadOrganisationId ?? ""}
          errors={err("leadOrganisationId")}
        >
          <option value="">{t("action.choose")}</option>
          {props.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField
        label={t("action.coorganisers")}
        hint={t("action.coorganisersHint")}
        name="coorganiserIds"
        multiple
        className="min-h-40"
        defaultValue={values?.coorganiserIds ?? []}
        errors={err("coorganiserIds")}
      >
        {props.organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <div className="space-y-3">
        <CheckboxField label={t("action.freeEntry")} name="freeEntry" defaultChecked={values?.freeEntry} />
        {err("freeEntry") ? (
          <p className="text-sm font-medium text-danger">{err("freeEntry")!.join(" ")}</p>
        ) : null}
        <CheckboxField label={t("action.nonProfit")} name="nonProfit" defaultChecked={values?.nonProfit} />
        {err("nonProfit") ? (
          <p className="text-sm font-medium text-danger">{err("nonProfit")!.join(" ")}</p>
        ) : null}
        <CheckboxField
          label={t("action.awardsOptIn")}
          name="awardsOptIn"
          defaultChecked={values?.awardsOptIn}
        />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("action.occurrences")}</legend>
        <p className="text-sm text-muted">
          {t("action.occurrencesHint", {
            start: day(props.edition.startsOn),
            end: day(props.edition.endsOn),
          })}
        </p>
        {err("occurrences") ? (
          <p className="text-sm font-medium text-danger">{err("occurrences")!.join(" ")}</p>
        ) : null}
        {rows.map((row, i) => (
          <OccurrenceFields
            key={row.key}
            index={i}
            values={row.o}
            edition={props.edition}
            communes={props.communes}
            errors={(name) => err(`occurrences.${i}.${name}`)}
            onRemove={rows.length > 1 ? () => setRows(rows.filter((r) => r.key !== row.key)) : undefined}
          />
        ))}
        <Button
          variant="secondary"
          onClick={() => {
            setRows([...rows, { key: nextKey, o: {} as OccurrenceValues }]);
            setNextKey(nextKey + 1);
          }}
        >
          {t("action.addOccurrence")}
        </Button>
      </fieldset>
      {values?.status === "changes_requested" ? (
        <TextAreaField label={t("action.answer")} name="comment" errors={err("comment")} />
      ) : null}
      <div className="flex flex-wrap gap-3">
        {values?.status !== "submitted" ? (
          <Button type="submit" variant="secondary" disabled={pending} onClick={choose("draft")}>
            {t("action.saveDraft")}
          </Button>
        ) : null}
        <Button type="submit" disabled={pending} onClick={choose("submit")}>
          {values?.status === "submitted" ? t("action.save") : t("action.submit")}
        </Button>
      </div>
    </form>
  );
}
