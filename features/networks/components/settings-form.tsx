"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { updateNetworkSettingsAction } from "@/features/networks/actions";
import { directoryVisibilities, networkKinds } from "@/lib/domain/enums";

type Values = {
  name: string;
  territoryLabel: string;
  brandColor: string;
  logoUrl: string | null;
  directoryVisibility: string;
  kind: string;
};

export function NetworkSettingsForm({ networkSlug, values }: { networkSlug: string; values: Values }) {
  const t = useTranslations("settings");
  const [state, submit, pending] = useActionForm((formData: FormData) =>
    updateNetworkSettingsAction(networkSlug, formData),
  );
  return (
    <form onSubmit={submit} className="max-w-xl space-y-4" noValidate>
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField
        label={t("name")}
        name="name"
        required
        defaultValue={values.name}
        errors={fieldErrors(state, "name")}
      />
      <TextField
        label={t("territory")}
        name="territoryLabel"
        defaultValue={values.territoryLabel}
        errors={fieldErrors(state, "territoryLabel")}
      />
      <TextField
        label={t("brandColor")}
        hint={t("brandColorHint")}
        name="brandColor"
        type="color"
        className="h-11 w-24 p-1"
        defaultValue={values.brandColor}
        errors={fieldErrors(state, "brandColor")}
      />
      <TextField
        label={t("logoUrl")}
        hint={t("logoUrlHint")}
        name="logoUrl"
        type="url"
        defaultValue={values.logoUrl ?? ""}
        errors={fieldErrors(state, "logoUrl")}
      />
      <SelectField
        label={t("directoryVisibility")}
        hint={t("directoryVisibilityHint")}
        name="directoryVisibility"
        defaultValue={values.directoryVisibility}
        errors={fieldErrors(state, "directoryVisibility")}
      >
        {directoryVisibilities.map((v) => (
          <option key={v} value={v}>
            {t(`visibility.${v}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("kind")}
        hint={t("kindHint")}
        name="kind"
        defaultValue={values.kind}
        errors={fieldErrors(state, "kind")}
      >
        {networkKinds.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
