"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createCycleAction, updateCycleAction } from "../actions";
import { completionRules, trainingCycleStatuses } from "../constants";

export type CycleFormValues = {
  id?: string;
  title: string;
  description: string | null;
  objectives: string | null;
  startsOn: string;
  endsOn: string;
  capacity: number | null;
  completionRule: string;
  completionPercent: number | null;
  absenceThreshold: number;
  status: string;
};

/** Creates or edits a cycle; the objectives are printed on the attestation. */
export function CycleForm({ networkSlug, values }: { networkSlug: string; values?: CycleFormValues }) {
  const t = useTranslations("training");
  const router = useRouter();
  const [state, submit, pending] = useActionForm<unknown>(async (formData: FormData) => {
    if (values?.id) {
      const result = await updateCycleAction(networkSlug, formData);
      if (result.ok) router.push(`/n/${networkSlug}/training/${values.id}`);
      return result;
    }
    const result = await createCycleAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/training/${result.data.id}`);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {values?.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <TextField label={t("fields.title")} name="title" required defaultValue={values?.title} errors={err("title")} />
      <TextAreaField
        label={t("fields.description")}
        name="description"
        defaultValue={values?.description ?? ""}
        errors={err("description")}
      />
      <TextAreaField
        label={t("fields.objectives")}
        hint={t("form.objectivesHint")}
        name="objectives"
        defaultValue={values?.objectives ?? ""}
        errors={err("objectives")}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t("fields.startsOn")}
          name="startsOn"
          type="date"
          required
          defaultValue={values?.startsOn}
          errors={err("startsOn")}
        />
        <TextField
          label={t("fields.endsOn")}
          name="endsOn"
          type="date"
          required
          defaultValue={values?.endsOn}
          errors={err("endsOn")}
        />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t("fields.capacity")}
          hint={t("form.capacityHint")}
          name="capacity"
          type="number"
          min={1}
          inputMode="numeric"
          defaultValue={values?.capacity ?? ""}
          errors={err("capacity")}
        />
        <TextField
          label={t("fields.absenceThreshold")}
          name="absenceThreshold"
          type="number"
          min={1}
          inputMode="numeric"
          defaultValue={values?.absenceThreshold ?? 2}
          errors={err("absenceThreshold")}
        />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField
          label={t("fields.completionRule")}
          name="completionRule"
          defaultValue={values?.completionRule ?? "every_module"}
          errors={err("completionRule")}
        >
          {completionRules.map((r) => (
            <option key={r} value={r}>
              {t(`rules.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("fields.completionPercent")}
          hint={t("form.percentHint")}
          name="completionPercent"
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          defaultValue={values?.completionPercent ?? ""}
          errors={err("completionPercent")}
        />
      </div>
      <SelectField label={t("fields.status")} name="status" defaultValue={values?.status ?? "draft"} errors={err("status")}>
        {trainingCycleStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {t("form.save")}
      </Button>
    </form>
  );
}
