"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createContactAction, updateContactAction } from "@/features/directory/actions";
import { legalBases } from "@/lib/domain/enums";

export type ContactFormValues = {
  id?: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  organisationId: string | null;
  isRelayActor: boolean;
  isAmbassador: boolean;
  legalBasis: string;
  consentNewsletterAt: Date | null;
  consentPublicListingAt: Date | null;
  consentPhotosAt: Date | null;
  source: string | null;
};

export function ContactForm({
  networkSlug,
  values,
  organisations,
  allowNoOrganisation,
}: {
  networkSlug: string;
  values?: Partial<ContactFormValues>;
  organisations: { id: string; name: string }[];
  /** Coordinators may record residents without organisation; partners only their own people. */
  allowNoOrganisation: boolean;
}) {
  const t = useTranslations("directory");
  const format = useFormatter();
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = values?.id
      ? await updateContactAction(networkSlug, formData)
      : await createContactAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/directory/contacts/${result.data.id}`);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  const consent = (name: "consentNewsletter" | "consentPublicListing" | "consentPhotos") => {
    const date = values?.[`${name}At`];
    return (
      <CheckboxField
        name={name}
        label={t(`fields.${name}`)}
        defaultChecked={Boolean(date)}
        hint={
          date
            ? t("fields.consentGivenOn", { date: format.dateTime(date, { dateStyle: "long" }) })
            : undefined
        }
      />
    );
  };
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {values?.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t("fields.firstName")}
          name="firstName"
          autoComplete="off"
          required
          defaultValue={values?.firstName}
          errors={err("firstName")}
        />
        <TextField
          label={t("fields.lastName")}
          name="lastName"
          autoComplete="off"
          required
          defaultValue={values?.lastName}
          errors={err("lastName")}
        />
        <TextField
          label={t("fields.email")}
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={values?.email ?? ""}
          errors={err("email")}
        />
        <TextField
          label={t("fields.phone")}
          name="phone"
          type="tel"
          autoComplete="off"
          defaultValue={values?.phone ?? ""}
          errors={err("phone")}
        />
        <TextField
          label={t("fields.jobTitle")}
          name="jobTitle"
          defaultValue={values?.jobTitle ?? ""}
          errors={err("jobTitle")}
        />
        <SelectField
          label={t("fields.organisation")}
          name="organisationId"
          defaultValue={values?.organisationId ?? ""}
          errors={err("organisationId")}
        >
          {allowNoOrganisation ? <option value="">{t("fields.noOrganisation")}</option> : null}
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="space-y-2">
        <CheckboxField
          name="isRelayActor"
          label={t("fields.isRelayActor")}
          defaultChecked={values?.isRelayActor}
        />
        <CheckboxField
          name="isAmbassador"
          label={t("fields.isAmbassador")}
          defaultChecked={values?.isAmbassador}
        />
      </fieldset>
      <SelectField
        label={t("fields.legalBasis")}
        name="legalBasis"
        defaultValue={values?.legalBasis ?? "public_task"}
        errors={err("legalBasis")}
      >
        {legalBases.map((k) => (
          <option key={k} value={k}>
            {t(`legalBases.${k}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-semibold">{t("fields.consents")}</legend>
        {consent("consentNewsletter")}
        {consent("consentPublicListing")}
        {consent("consentPhotos")}
      </fieldset>
      <TextField
        label={t("fields.source")}
        name="source"
        defaultValue={values?.source ?? ""}
        errors={err("source")}
      />
      <Button type="submit" disabled={pending}>
        {t("contact.save")}
      </Button>
    </form>
  );
}
