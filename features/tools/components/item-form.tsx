"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { addItemAction, updateItemAction } from "@/features/tools/actions";
import { itemConditions, type ItemCondition } from "@/features/tools/constants";

type Option = { value: string; label: string };
export type ItemValues = {
  id: string;
  name: string;
  description: string | null;
  components: string[];
  ownerOrganisationId: string;
  location: string | null;
  condition: ItemCondition;
  instructionsResourceId: string | null;
  lendable: boolean;
  maxLoanDays: number;
};

/**
 * Add a kit lent by one's organisation, or edit one (`item`); the coordinator picks the owner
 * (`organisations`), the instructions are a resource of the library (`resources`).
 */
export function ItemForm({
  networkSlug,
  organisations,
  resources = [],
  item,
}: {
  networkSlug: string;
  organisations: Option[] | null;
  resources?: Option[];
  item?: ItemValues;
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    if (item) formData.set("id", item.id);
    const result = item ? await updateItemAction(networkSlug, formData) : await addItemAction(networkSlug, formData);
    if (result.ok) {
      router.push(`/n/${networkSlug}/tools/kits/${result.data.id}`);
      router.refresh();
    }
    return result;
  });
  return (
    <form onSubmit={submit} className="max-w-2xl space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField label={t("kits.name")} name="name" required defaultValue={item?.name} errors={fieldErrors(state, "name")} />
      <TextAreaField
        label={t("kits.description")}
        name="description"
        rows={3}
        defaultValue={item?.description ?? ""}
        errors={fieldErrors(state, "description")}
      />
      <TextAreaField
        label={t("kits.components")}
        name="components"
        rows={3}
        hint={t("kits.componentsHint")}
        defaultValue={item?.components.join("\n")}
        errors={fieldErrors(state, "components")}
      />
      {organisations ? (
        <SelectField
          label={t("form.owner")}
          name="ownerOrganisationId"
          required
          defaultValue={item?.ownerOrganisationId}
          errors={fieldErrors(state, "ownerOrganisationId")}
        >
          {organisations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        label={t("kits.location")}
        name="location"
        defaultValue={item?.location ?? ""}
        errors={fieldErrors(state, "location")}
      />
      <SelectField label={t("kits.condition")} name="condition" defaultValue={item?.condition ?? "good"} errors={fieldErrors(state, "condition")}>
        {itemConditions.map((c) => (
          <option key={c} value={c}>
            {t(`conditions.${c}`)}
          </option>
        ))}
      </SelectField>
      {resources.length > 0 ? (
        <SelectField
          label={t("kits.instructions")}
          name="instructionsResourceId"
          defaultValue={item?.instructionsResourceId ?? ""}
          errors={fieldErrors(state, "instructionsResourceId")}
        >
          <option value="">{t("kits.noInstructions")}</option>
          {resources.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        label={t("kits.maxLoanDays")}
        name="maxLoanDays"
        type="number"
        min={1}
        max={90}
        defaultValue={item?.maxLoanDays ?? 14}
        required
        errors={fieldErrors(state, "maxLoanDays")}
      />
      <CheckboxField label={t("kits.lendable")} name="lendable" defaultChecked={item?.lendable ?? true} />
      <Button type="submit" disabled={pending}>
        {item ? t("kits.save") : t("kits.submit")}
      </Button>
    </form>
  );
}
