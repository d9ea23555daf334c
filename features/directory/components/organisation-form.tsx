"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createOrganisationAction, updateOrganisationAction } from "@/features/directory/actions";
import {
  actorTypes,
  engagementStatuses,
  ewwrCategories,
  ewwrCategoryOf,
  type ActorType,
} from "@/lib/domain/enums";

export type OrganisationFormValues = {
  id?: string;
  name: string;
  actorType: ActorType;
  ewwrCategoryOverride: string | null;
  communeId: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  description: string | null;
  tags: string[];
  status: string;
  isInternalService: boolean;
};

export function OrganisationForm({
  networkSlug,
  values,
  communes,
}: {
  networkSlug: string;
  values?: OrganisationFormValues;
  communes: { id: string; name: string }[];
}) {
  const t = useTranslations("directory");
  const router = useRouter();
  const [actorType, setActorType] = useState<ActorType>(values?.actorType ?? "env_association");
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = values?.id
      ? await updateOrganisationAction(networkSlug, formData)
      : await createOrganisationAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/directory/organisations/${result.data.id}`);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {values?.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <TextField
        label={t("fields.name")}
        name="name"
        required
        defaultValue={values?.name}
        errors={err("name")}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField
          label={t("fields.actorType")}
          name="actorType"
          required
          value={actorType}
          onChange={(e) => setActorType(e.target.value as ActorType)}
          errors={err("actorType")}
        >
          {actorTypes.map((k) => (
            <option key={k} value={k}>
              {t(`actorTypes.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("fields.ewwrCategoryOverride")}
          name="ewwrCategoryOverride"
          defaultValue={values?.ewwrCategoryOverride ?? ""}
          errors={err("ewwrCategoryOverride")}
        >
          <option value="">
            {t("fields.ewwrDerived", { category: t(`ewwr.${ewwrCategoryOf[actorType]}`) })}
          </option>
          {ewwrCategories.map((k) => (
            <option key={k} value={k}>
              {t(`ewwr.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("fields.status")}
          name="status"
          required
          defaultValue={values?.status ?? "potential"}
          errors={err("status")}
        >
          {engagementStatuses.map((k) => (
            <option key={k} value={k}>
              {t(`statuses.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("fields.commune")}
          name="communeId"
          defaultValue={values?.communeId ?? ""}
          errors={err("communeId")}
        >
          <option value="">{t("fields.none")}</option>
          {communes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t("fields.address")}
        name="address"
        autoComplete="street-address"
        defaultValue={values?.address ?? ""}
        errors={err("address")}
      />
      <TextField
        label={t("fields.website")}
        name="website"
        type="url"
        inputMode="url"
        defaultValue={values?.website ?? ""}
        errors={err("website")}
      />
      <TextField
        label={t("fields.tags")}
        hint={t("fields.tagsHint")}
        name="tags"
        defaultValue={values?.tags.join(", ") ?? ""}
        errors={err("tags")}
      />
      <TextAreaField
        label={t("fields.description")}
        name="description"
        defaultValue={values?.description ?? ""}
        errors={err("description")}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t("fields.latitude")}
          name="latitude"
          inputMode="decimal"
          defaultValue={values?.latitude ?? ""}
          errors={err("latitude")}
        />
        <TextField
          label={t("fields.longitude")}
          name="longitude"
          inputMode="decimal"
          defaultValue={values?.longitude ?? ""}
          errors={err("longitude")}
        />
      </div>
      <CheckboxField
        label={t("fields.isInternalService")}
        name="isInternalService"
        defaultChecked={values?.isInternalService}
      />
      <Button type="submit" disabled={pending}>
        {t("organisation.save")}
      </Button>
    </form>
  );
}
