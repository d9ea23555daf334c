"use client";
import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { eventTypes, siteTypes, type EventType } from "@/lib/domain/enums";

export type PlaceValues = {
  eventType: EventType;
  place: string | null;
  address: string | null;
  communeId: string | null;
  onlineUrl: string | null;
  siteType: string | null;
  capacity: number | null;
  organiserName: string | null;
  reminderMinutesBefore: number;
  description: string | null;
};

const reminderChoices = [0, 60, 1440, 2880, 10080] as const;

/** The fields a single meeting and a series share: type, place, seats, reminder, description. */
export function PlaceFields({
  values,
  communes,
  eventType,
  onEventTypeChange,
  errors,
}: {
  values?: Partial<PlaceValues>;
  communes: { id: string; name: string }[];
  eventType: EventType;
  onEventTypeChange: (type: EventType) => void;
  errors: (name: string) => string[] | undefined;
}) {
  const t = useTranslations("meetings");
  const reminder = values?.reminderMinutesBefore ?? 2880;
  return (
    <>
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField
          label={t("fields.eventType")}
          name="eventType"
          required
          value={eventType}
          onChange={(e) => onEventTypeChange(e.target.value as EventType)}
          errors={errors("eventType")}
        >
          {eventTypes.map((k) => (
            <option key={k} value={k}>
              {t(`eventTypes.${k}`)}
            </option>
          ))}
        </SelectField>
        {eventType === "site_visit" ? (
          <SelectField
            label={t("fields.siteType")}
            name="siteType"
            defaultValue={values?.siteType ?? ""}
            errors={errors("siteType")}
          >
            <option value="">{t("fields.none")}</option>
            {siteTypes.map((k) => (
              <option key={k} value={k}>
                {t(`siteTypes.${k}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <TextField
        label={t("fields.place")}
        hint={t("fields.placeHint")}
        name="place"
        defaultValue={values?.place ?? ""}
        errors={errors("place")}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t("fields.address")}
          name="address"
          autoComplete="street-address"
          defaultValue={values?.address ?? ""}
          errors={errors("address")}
        />
        <SelectField
          label={t("fields.commune")}
          name="communeId"
          defaultValue={values?.communeId ?? ""}
          errors={errors("communeId")}
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
        label={t("fields.onlineUrl")}
        name="onlineUrl"
        type="url"
        inputMode="url"
        defaultValue={values?.onlineUrl ?? ""}
        errors={errors("onlineUrl")}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label={t("fields.capacity")}
          hint={t("fields.capacityHint")}
          name="capacity"
          inputMode="numeric"
          defaultValue={values?.capacity ?? ""}
          errors={errors("capacity")}
        />
        <SelectField
          label={t("fields.reminderMinutesBefore")}
          name="reminderMinutesBefore"
          defaultValue={String(reminder)}
          errors={errors("reminderMinutesBefore")}
        >
          {(reminderChoices as readonly number[]).includes(reminder) ? null : (
            <option value={reminder}>{reminder} min</option>
          )}
          {reminderChoices.map((m) => (
            <option key={m} value={m}>
              {t(`reminders.${m}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t("fields.organiserName")}
        name="organiserName"
        defaultValue={values?.organiserName ?? ""}
        errors={errors("organiserName")}
      />
      <TextAreaField
        label={t("fields.description")}
        name="description"
        defaultValue={values?.description ?? ""}
        errors={errors("description")}
      />
    </>
  );
}
