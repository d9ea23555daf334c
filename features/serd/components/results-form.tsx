"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { addContributionAction, recordResultsAction } from "@/features/serd/actions";
import { contributionKinds } from "@/lib/domain/enums";

/** After the week: actual participants per occurrence and a short account. */
export function ResultsForm(props: {
  networkSlug: string;
  id: string;
  version: number;
  resultAccount: string | null;
  occurrences: { id: string; label: string; actualParticipants: number | null }[];
}) {
  const t = useTranslations("serd");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (fd: FormData) => {
    const result = await recordResultsAction(props.networkSlug, {
      id: props.id,
      version: props.version,
      resultAccount: String(fd.get("resultAccount") ?? ""),
      occurrences: props.occurrences.map((o, i) => ({
        id: o.id,
        actualParticipants: String(fd.get(`occurrences.${i}.actualParticipants`) ?? ""),
      })),
    } as never);
    if (result.ok) router.refresh();
    return result;
  });
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("results.saved")}</Alert> : null}
      {props.occurrences.map((o, i) => (
        <TextField
          key={o.id}
          label={t("results.actual", { occurrence: o.label })}
          name={`occurrences.${i}.actualParticipants`}
          inputMode="numeric"
          defaultValue={o.actualParticipants ?? ""}
          errors={fieldErrors(state, `occurrences.${i}.actualParticipants`)}
        />
      ))}
      <TextAreaField
        label={t("results.account")}
        name="resultAccount"
        defaultValue={props.resultAccount ?? ""}
        errors={fieldErrors(state, "resultAccount")}
      />
      <Button type="submit" disabled={pending}>
        {t("results.save")}
      </Button>
    </form>
  );
}

/** A valued contribution (staff time, material, cash) of one of the action's organisations. */
export function ContributionForm(props: {
  networkSlug: string;
  actionId: string;
  organisations: { id: string; name: string }[] | null;
}) {
  const t = useTranslations("serd");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (fd: FormData) => {
    const result = await addContributionAction(props.networkSlug, fd);
    if (result.ok) router.refresh();
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="actionId" value={props.actionId} />
      <div className="grid gap-4 md:grid-cols-2">
        {props.organisations ? (
          <SelectField
            label={t("contribution.organisation")}
            name="organisationId"
            errors={err("organisationId")}
          >
            {props.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField label={t("contribution.kind")} name="kind" required errors={err("kind")}>
          {contributionKinds.map((k) => (
            <option key={k} value={k}>
              {t(`contributionKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("contribution.amount")}
          name="amountEur"
          inputMode="decimal"
          required
          errors={err("amountEur")}
        />
        <TextField
          label={t("contribution.days")}
          hint={t("contribution.daysHint")}
          name="days"
          inputMode="decimal"
          errors={err("days")}
        />
      </div>
      <TextField label={t("contribution.description")} name="description" errors={err("description")} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("contribution.add")}
      </Button>
    </form>
  );
}
