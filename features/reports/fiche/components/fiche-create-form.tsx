"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { ficheKinds } from "@/lib/domain/enums";
import { createFicheAction } from "../actions";

/** A new fiche: the action it describes, its period and an optional edition or cycle. */
export function FicheCreateForm({
  networkSlug,
  editions,
  cycles,
  defaults,
}: {
  networkSlug: string;
  editions: { id: string; year: number }[];
  cycles: { id: string; title: string }[];
  defaults: { periodStart: string; periodEnd: string };
}) {
  const t = useTranslations("fiches");
  const router = useRouter();
  const [state, onSubmit, pending] = useActionForm((fd) => createFicheAction(networkSlug, fd));
  useEffect(() => {
    if (state?.ok) router.push(`/n/${networkSlug}/reports/fiches/${state.data.id}`);
  }, [state, router, networkSlug]);
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
      <TextField label={t("fields.title")} name="title" errors={err("title")} required maxLength={200} />
      <SelectField label={t("fields.kind")} name="kind" errors={err("kind")} required>
        {ficheKinds.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("fields.periodStart")}
        name="periodStart"
        type="date"
        defaultValue={defaults.periodStart}
        errors={err("periodStart")}
        required
      />
      <TextField
        label={t("fields.periodEnd")}
        name="periodEnd"
        type="date"
        defaultValue={defaults.periodEnd}
        errors={err("periodEnd")}
        required
      />
      <SelectField label={t("fields.edition")} name="editionId" errors={err("editionId")}>
        <option value="">{t("fields.allEditions")}</option>
        {editions.map((e) => (
          <option key={e.id} value={e.id}>
            {`SERD ${e.year}`}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("fields.cycle")} name="cycleId" errors={err("cycleId")}>
        <option value="">{t("fields.allCycles")}</option>
        {cycles.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </SelectField>
      <div className="space-y-2 md:col-span-2">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="success">{t("created")}</Alert> : null}
        <Button type="submit" variant="primary" disabled={pending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
