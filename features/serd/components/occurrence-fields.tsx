"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

export type OccurrenceValues = {
  id?: string;
  date?: string;
  startTime?: string | null;
  endTime?: string | null;
  place?: string | null;
  address?: string | null;
  communeId?: string | null;
  expectedParticipants?: number | null;
};

/** One date of an action: its fields are named occurrences.<index>.<field>. */
export function OccurrenceFields({
  index,
  values,
  edition,
  communes,
  errors,
  onRemove,
}: {
  index: number;
  values: OccurrenceValues;
  edition: { startsOn: string; endsOn: string };
  communes: { id: string; name: string }[];
  errors: (name: string) => string[] | undefined;
  onRemove?: () => void;
}) {
  const t = useTranslations("serd");
  const name = (field: string) => `occurrences.${index}.${field}`;
  return (
    <fieldset className="rounded-lg border border-line p-4">
      <legend className="px-1 font-semibold">{t("action.occurrenceN", { n: index + 1 })}</legend>
      {values.id ? <input type="hidden" name={name("id")} value={values.id} /> : null}
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label={t("occurrence.date")}
          name={name("date")}
          type="date"
          required
          min={edition.startsOn}
          max={edition.endsOn}
          defaultValue={values.date ?? edition.startsOn}
          errors={errors("date")}
        />
        <TextField
          label={t("occurrence.startTime")}
          name={name("startTime")}
          type="time"
          defaultValue={values.startTime?.slice(0, 5) ?? ""}
          errors={errors("startTime")}
        />
        <TextField
          label={t("occurrence.endTime")}
          name={name("endTime")}
          type="time"
          defaultValue={values.endTime?.slice(0, 5) ?? ""}
          errors={errors("endTime")}
        />
        <TextField
          label={t("occurrence.place")}
          name={name("place")}
          defaultValue={values.place ?? ""}
          errors={errors("place")}
        />
        <TextField
          label={t("occurrence.address")}
          name={name("address")}
          defaultValue={values.address ?? ""}
          errors={errors("address")}
        />
        <SelectField
          label={t("occurrence.commune")}
          name={name("communeId")}
          defaultValue={values.communeId ?? ""}
          errors={errors("communeId")}
        >
          <option value="">{t("action.choose")}</option>
          {communes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("occurrence.expected")}
          name={name("expectedParticipants")}
          inputMode="numeric"
          defaultValue={values.expectedParticipants ?? ""}
          errors={errors("expectedParticipants")}
        />
      </div>
      {onRemove ? (
        <Button variant="secondary" className="mt-3" onClick={onRemove}>
          {t("action.removeOccurrence", { n: index + 1 })}
        </Button>
      ) : null}
    </fieldset>
  );
}
