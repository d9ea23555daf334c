"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

export type AgendaItemValue = {
  title: string;
  durationMinutes: number | null;
  speakerContactId: string | null;
};

/** The agenda's items as fields named "agendaItems.N.title", renumbered when one is removed. */
export function AgendaItemsFieldset({
  initial,
  speakers,
  errors,
}: {
  initial: AgendaItemValue[];
  speakers: { id: string; label: string }[];
  errors: (name: string) => string[] | undefined;
}) {
  const t = useTranslations("meetings.agenda");
  const nextKey = useRef(initial.length);
  const [items, setItems] = useState(() => initial.map((value, key) => ({ key, value })));
  const add = () => {
    setItems((list) => [
      ...list,
      { key: nextKey.current++, value: { title: "", durationMinutes: null, speakerContactId: null } },
    ]);
  };
  return (
    <fieldset className="space-y-4 rounded-lg border border-line p-4">
      <legend className="px-1 font-semibold">{t("legend")}</legend>
      {items.length === 0 ? <p className="text-muted">{t("empty")}</p> : null}
      <ol className="space-y-4">
        {items.map((item, index) => {
          const number = index + 1;
          const name = (field: string) => `agendaItems.${index}.${field}`;
          return (
            <li
              key={item.key}
              className="grid gap-3 border-b border-line pb-4 md:grid-cols-[2fr_1fr_2fr_auto] md:items-end"
            >
              <TextField
                label={t("itemTitle", { number })}
                name={name("title")}
                required
                defaultValue={item.value.title}
                errors={errors(name("title"))}
              />
              <TextField
                label={t("itemDuration", { number })}
                name={name("durationMinutes")}
                inputMode="numeric"
                defaultValue={item.value.durationMinutes ?? ""}
                errors={errors(name("durationMinutes"))}
              />
              <SelectField
                label={t("itemSpeaker", { number })}
                name={name("speakerContactId")}
                defaultValue={item.value.speakerContactId ?? ""}
                errors={errors(name("speakerContactId"))}
              >
                <option value="">{t("noSpeaker")}</option>
                {speakers.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
              <Button
                variant="secondary"
                onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}
              >
                {t("remove", { number })}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" onClick={add}>
        {t("add")}
      </Button>
    </fieldset>
  );
}
