"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { addItemAction } from "@/features/tools/actions";
import { itemConditions } from "@/features/tools/constants";

/** Add a kit lent by one's organisation (the coordinator picks the owner). */
export function ItemForm({
  networkSlug,
  organisations,
}: {
  networkSlug: string;
  organisations: { value: string; label: string }[] | null;
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await addItemAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/tools/kits/${result.data.id}`);
    return result;
  });
  return (
    <form onSubmit={submit} className="max-w-2xl space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField label={t("kits.name")} name="name" required errors={fieldErrors(state, "name")} />
      <TextAreaField label={t("kits.components")} name="components" rows={3} hint={t("kits.componentsHint")} />
      {organisations ? (
        <SelectField label={t("form.owner")} name="ownerOrganisationId" required errors={fieldErrors(state, "ownerOrganisationId")}>
          {organisations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField label={t("kits.location")} name="location" errors={fieldErrors(state, "location")} />
      <SelectField label={t("kits.condition")} name="condition" defaultValue="good">
        {itemConditions.map((c) => (
          <option key={c} value={c}>
            {t(`conditions.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("kits.maxLoanDays")}
        name="maxLoanDays"
        type="number"
        min={1}
        max={90}
        defaultValue={14}
        required
        errors={fieldErrors(state, "maxLoanDays")}
      />
      <CheckboxField label={t("kits.lendable")} name="lendable" defaultChecked />
      <Button type="submit" disabled={pending}>
        {t("kits.submit")}
      </Button>
    </form>
  );
}
