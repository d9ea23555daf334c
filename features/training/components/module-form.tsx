"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createModuleAction, updateModuleAction } from "../actions";

export type ModuleFormValues = {
  id: string;
  theme: string;
  objectives: string | null;
  designDays: number | null;
  plannedHours: number;
};

/** Adds a module at the end of the cycle, or edits one (theme, objectives, design time, hours). */
export function ModuleForm({
  networkSlug,
  cycleId,
  values,
  backTo,
}: {
  networkSlug: string;
  cycleId: string;
  values?: ModuleFormValues;
  /** Where to go once saved (the cycle's page). */
  backTo: string;
}) {
  const t = useTranslations("training");
  const router = useRouter();
  const [state, submit, pending] = useActionForm<unknown>(async (formData: FormData) => {
    const result = values
      ? await updateModuleAction(networkSlug, formData)
      : await createModuleAction(networkSlug, formData);
    if (result.ok) router.push(backTo);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="cycleId" value={cycleId} />
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <TextField
        label={t("fields.theme")}
        name="theme"
        required
        defaultValue={values?.theme}
        errors={err("theme")}
      />
      <TextAreaField
        label={t("fields.objectives")}
        name="objectives"
        defaultValue={values?.objectives ?? ""}
        errors={err("objectives")}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t("fields.designDays")}
          name="designDays"
          type="number"
          step="0.5"
          min={0}
          defaultValue={values?.designDays ?? ""}
          errors={err("designDays")}
        />
        <TextField
          label={t("fields.plannedHours")}
          name="plannedHours"
          type="number"
          step="0.25"
          min={0.25}
          required
          defaultValue={values?.plannedHours ?? ""}
          errors={err("plannedHours")}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {values ? t("form.save") : t("form.addModule")}
      </Button>
    </form>
  );
}
