"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { createEventAction, updateEventAction } from "@/features/meetings/actions";
import { eventStatuses, type EventType } from "@/lib/domain/enums";
import { AgendaItemsFieldset, type AgendaItemValue } from "./agenda-items-fieldset";
import { PlaceFields, type PlaceValues } from "./place-fields";

export type EventFormValues = PlaceValues & {
  id?: string;
  title: string;
  /** `datetime-local` values in Paris time. */
  startsAt: string;
  endsAt: string;
  status: string;
  agendaItems: AgendaItemValue[];
};

export type Option = { id: string; label: string };

export function EventForm({
  networkSlug,
  values,
  communes,
  speakers,
}: {
  networkSlug: string;
  values?: EventFormValues;
  communes: { id: string; name: string }[];
  speakers: Option[];
}) {
  const t = useTranslations("meetings");
  const router = useRouter();
  const [eventType, setEventType] = useState<EventType>(values?.eventType ?? "actors_council");
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = values?.id
      ? await updateEventAction(networkSlug, formData)
      : await createEventAction(networkSlug, formData);
    // A new meeting's next step is inviting: its page offers it ("?created=1").
    if (result.ok)
      router.push(`/n/${networkSlug}/meetings/${result.data.id}${values?.id ? "" : "?created=1"}`);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {values?.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <TextField
        label={t("fields.title")}
        name="title"
        required
        defaultValue={values?.title}
        errors={err("title")}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t("fields.startsAt")}
          hint={t("fields.timesHint")}
          name="startsAt"
          type="datetime-local"
          required
          defaultValue={values?.startsAt}
          errors={err("startsAt")}
        />
        <TextField
          label={t("fields.endsAt")}
          hint={t("fields.timesHint")}
          name="endsAt"
          type="datetime-local"
          required
          defaultValue={values?.endsAt}
          errors={err("endsAt")}
        />
      </div>
      <PlaceFields
        values={values}
        communes={communes}
        eventType={eventType}
        onEventTypeChange={setEventType}
        errors={err}
      />
      {values?.id ? (
        <SelectField
          label={t("fields.status")}
          name="status"
          defaultValue={values.status}
          errors={err("status")}
        >
          {eventStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <AgendaItemsFieldset initial={values?.agendaItems ?? []} speakers={speakers} errors={err} />
      <Button type="submit" disabled={pending}>
        {t("event.save")}
      </Button>
    </form>
  );
}
