"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { siteTypes } from "@/lib/domain/enums";
import { createSessionAction } from "../actions";
import { trainingSessionKinds } from "../constants";

type Option = { id: string; label: string };

/** Plans a session of a module: a meeting of type training_session (theory or site visit). */
export function SessionForm({
  networkSlug,
  cycleId,
  modules,
  trainers,
  moduleId,
}: {
  networkSlug: string;
  cycleId: string;
  modules: Option[];
  trainers: Option[];
  moduleId?: string;
}) {
  const t = useTranslations("training");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await createSessionAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/training/${cycleId}`);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField label={t("fields.module")} name="moduleId" required defaultValue={moduleId} errors={err("moduleId")}>
          {modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("fields.kind")} name="kind" defaultValue="theory" errors={err("kind")}>
          {trainingSessionKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t("fields.sessionTitle")} name="title" required errors={err("title")} />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t("fields.startsAt")}
          hint={t("form.timesHint")}
          name="startsAt"
          type="datetime-local"
          required
          errors={err("startsAt")}
        />
        <TextField
          label={t("fields.endsAt")}
          hint={t("form.timesHint")}
          name="endsAt"
          type="datetime-local"
          required
          errors={err("endsAt")}
        />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <TextField label={t("fields.place")} name="place" errors={err("place")} />
        <TextField label={t("fields.address")} name="address" errors={err("address")} />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField label={t("fields.siteType")} hint={t("form.siteTypeHint")} name="siteType" errors={err("siteType")}>
          <option value="">{t("form.none")}</option>
          {siteTypes.map((s) => (
            <option key={s} value={s}>
              {t(`siteTypes.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("fields.sessionCapacity")}
          hint={t("form.capacityHint")}
          name="capacity"
          type="number"
          min={1}
          inputMode="numeric"
          errors={err("capacity")}
        />
      </div>
      <SelectField label={t("fields.trainer")} name="trainerId" errors={err("trainerId")}>
        <option value="">{t("form.none")}</option>
        {trainers.map((tr) => (
          <option key={tr.id} value={tr.id}>
            {tr.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t("fields.description")} name="description" errors={err("description")} />
      <Button type="submit" disabled={pending}>
        {t("form.planSession")}
      </Button>
    </form>
  );
}
